package dev.berth.compose.model;

/** One depends_on entry, in long form. */
public record DependsOn(String serviceName, Condition condition, boolean required, boolean restart) {
    public enum Condition {
        SERVICE_STARTED("service_started"),
        SERVICE_HEALTHY("service_healthy"),
        SERVICE_COMPLETED_SUCCESSFULLY("service_completed_successfully");

        private final String composeName;

        Condition(String composeName) {
            this.composeName = composeName;
        }

        public String composeName() {
            return composeName;
        }

        public static Condition of(String composeName) {
            for (Condition c : values()) {
                if (c.composeName.equals(composeName)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown depends_on condition " + composeName);
        }
    }
}
