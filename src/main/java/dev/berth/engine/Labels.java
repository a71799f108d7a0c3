package dev.berth.engine;

/** The {@code com.docker.compose.*} labels the reference reads and writes; Berth writes the same. */
public final class Labels {
    private Labels() {}

    public static final String PREFIX = "com.docker.compose.";
    public static final String PROJECT = PREFIX + "project";
    public static final String SERVICE = PREFIX + "service";
    public static final String NUMBER = PREFIX + "container-number";
    public static final String ONE_OFF = PREFIX + "oneoff";
    public static final String CONFIG_HASH = PREFIX + "config-hash";
    public static final String DEPENDS_ON = PREFIX + "depends_on";
    public static final String WORKING_DIR = PREFIX + "project.working_dir";
    public static final String CONFIG_FILES = PREFIX + "project.config_files";
    public static final String ENVIRONMENT_FILE = PREFIX + "project.environment_file";
    public static final String VERSION = PREFIX + "version";
    public static final String NETWORK = PREFIX + "network";
    public static final String VOLUME = PREFIX + "volume";
    public static final String IMAGE = PREFIX + "image";
    public static final String REPLACE = PREFIX + "replace";
    public static final String SLUG = PREFIX + "slug";

    /** The Compose version Berth says it speaks in labels, so the reference treats our containers as its own. */
    public static final String COMPOSE_VERSION = "2.40.3";
}
