package dev.berth.graph;

/** Why one service needs another; the compose attribute the edge comes from. */
public enum EdgeKind {
    DEPENDS_ON("depends_on"),
    LINKS("links"),
    NETWORK_MODE("network_mode"),
    VOLUMES_FROM("volumes_from"),
    IPC("ipc"),
    PID("pid");

    private final String composeName;

    EdgeKind(String composeName) {
        this.composeName = composeName;
    }

    public String composeName() {
        return composeName;
    }
}
