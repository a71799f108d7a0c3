package dev.berth.compose.load;

/**
 * A generated stack in the shape of the bench generator's "rich" one: chains of ten through depends_on, environment
 * with ${VAR:-default}, labels, named, bind and tmpfs volumes, several networks, healthchecks, a profile on every
 * chain tail; here also tails with two profiles, an optional dependency on a profiled service, an env_file, and a
 * volume and a network only profiled services use.
 */
final class Generated {
    private Generated() {}

    static String rich(int n) {
        StringBuilder b = new StringBuilder("services:\n");
        for (int i = 0; i < n; i++) {
            String name = String.format("s%04d", i);
            b.append("  ").append(name).append(":\n");
            b.append("    image: ${IMAGE_REPO:-busybox}:${IMAGE_TAG:-local}\n");
            b.append("    environment:\n      APP_NAME: ").append(name).append("\n      LOG_LEVEL: ${LOG_LEVEL:-info}\n");
            b.append("    labels:\n      com.example.tier: t").append(i % 3).append('\n');
            boolean ghostOnly = i % 30 == 9;
            b.append("    volumes:\n      - data").append(i % 5).append(":/data\n      - ./conf/").append(name)
                    .append(":/etc/app:ro\n      - type: tmpfs\n        target: /tmp\n")
                    .append(ghostOnly ? "      - ghostdata:/g\n" : "");
            b.append("    networks:\n      ").append(i % 2 == 0 ? "front" : "back").append(": {aliases: [")
                    .append(name).append("-alias]}\n      net").append(i % 5).append(": {}\n")
                    .append(ghostOnly ? "      ghostnet: {}\n" : "");
            if (i % 10 == 9) {
                b.append("    profiles: [").append(i % 20 == 9 ? "debug" : "debug, tools").append("]\n");
            }
            if (i % 10 != 0) {
                b.append("    depends_on:\n      ").append(String.format("s%04d", i - 1))
                        .append(": {condition: service_healthy}\n");
                if (i % 10 == 5 && i >= 10) {
                    b.append("      ").append(String.format("s%04d", i - 6))
                            .append(": {condition: service_started, required: false}\n");
                }
            }
            if (i % 10 == 3) {
                b.append("    env_file: [app.env]\n");
            }
            b.append("    healthcheck: {test: [CMD, 'true'], interval: 1s}\n");
        }
        b.append("networks:\n  front: {}\n  back: {}\n  ghostnet: {}\n");
        for (int k = 0; k < 5; k++) {
            b.append("  net").append(k).append(": {}\n");
        }
        b.append("volumes:\n  ghostdata: {}\n");
        for (int k = 0; k < 5; k++) {
            b.append("  data").append(k).append(": {}\n");
        }
        return b.toString();
    }
}
