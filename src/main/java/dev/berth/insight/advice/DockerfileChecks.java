package dev.berth.insight.advice;

import dev.berth.compose.model.Location;
import dev.berth.insight.advice.Dockerfile.Instruction;
import dev.berth.insight.advice.Dockerfile.Stage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Checks of the stage a build produces: base image, user, layers, package caches, build tools. */
final class DockerfileChecks {
    /** Images with a slim variant, and the suffix that names it. */
    private static final Map<String, String> SLIM = Map.of("python", "-slim", "node", "-slim", "ruby", "-slim",
            "perl", "-slim", "rust", "-slim", "debian", "-slim", "openjdk", "-slim");
    private static final List<String> BUILD_IMAGES = List.of("golang", "maven", "gradle", "rust", "gcc", "buildpack-deps");
    private static final Pattern BUILD_TOOLS = Pattern.compile(
            "\\b(build-essential|gcc|g\\+\\+|make|cmake|clang|autoconf|automake|libtool|maven|gradle)\\b");

    private DockerfileChecks() {}

    static void check(Path file, String text, String target, boolean userSet, Consumer<Finding> out) {
        Dockerfile df = Dockerfile.parse(text);
        Stage last = df.finalStage(target);
        if (last == null) {
            return;
        }
        baseTags(file, df, out);
        String base = baseImage(df, last);
        heavyBase(file, last, base, out);
        if (!userSet) {
            user(file, last, out);
        }
        if (df.stages().size() > 1) {
            buildTools(file, last, base, out);
        }
        Layers.check(file, text, last, out);
    }

    /** The image a stage really starts from: a stage named in FROM is followed back to its own base. */
    static String baseImage(Dockerfile df, Stage stage) {
        String image = stage.image();
        for (int hops = 0; hops < df.stages().size(); hops++) {
            String wanted = image;
            Stage named = df.stages().stream().filter(s -> wanted.equalsIgnoreCase(s.name())).findFirst().orElse(null);
            if (named == null) {
                break;
            }
            image = named.image();
        }
        return image;
    }

    /** FROM an image (not an earlier stage) without a tag or with latest, in any stage. */
    private static void baseTags(Path file, Dockerfile df, Consumer<Finding> out) {
        java.util.Set<String> stages = new java.util.HashSet<>();
        for (Stage s : df.stages()) {
            String image = s.image();
            boolean stage = stages.contains(image.toLowerCase(Locale.ROOT));
            if (!stage && !image.equals("scratch") && !image.contains("$") && ComposeChecks.floating(image)) {
                out.accept(new Finding(at(file, s.from()), "base-tag", "FROM " + image + (image.contains(":")
                        ? " uses the latest tag" : " has no tag"), "the base moves under the build: the same"
                        + " Dockerfile builds a different image next month; pin a version.", null));
            }
            if (s.name() != null) {
                stages.add(s.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    private static void heavyBase(Path file, Stage last, String base, Consumer<Finding> out) {
        String repo = repo(base);
        String tag = base.contains(":") ? base.substring(base.lastIndexOf(':') + 1) : "latest";
        String suffix = SLIM.get(repo);
        if (suffix == null || base.contains("$") || tag.matches(".*(slim|alpine|distroless|minimal).*")) {
            return;
        }
        String slim = repo + ":" + (tag.equals("latest") ? "slim" : tag + suffix);
        out.accept(new Finding(at(file, last.from()), "heavy-base", "the image is built on " + base + " where "
                + slim + " exists", "the full variant carries compilers and documentation the service does not run;"
                + " the slim one is several hundred MB smaller, with less to patch.", null));
    }

    private static void user(Path file, Stage last, Consumer<Finding> out) {
        String user = null;
        for (Instruction i : last.body()) {
            if (i.keyword().equals("USER")) {
                user = i.args().strip();
            }
        }
        if (user == null || user.equals("root") || user.equals("0") || user.startsWith("root:") || user.startsWith("0:")) {
            out.accept(new Finding(at(file, last.from()), "no-user", "the image runs as root (no USER"
                    + (user == null ? "" : " but root") + " in its final stage)", "a process that escapes its"
                    + " container as root owns what it can reach on the host; add a user and switch to it.", null));
        }
    }

    private static void buildTools(Path file, Stage last, String base, Consumer<Finding> out) {
        if (BUILD_IMAGES.contains(repo(base))) {
            out.accept(new Finding(at(file, last.from()), "build-tools-in-final", "the final stage runs on the"
                    + " build image " + base, "the point of a multi-stage build is to leave compilers behind: copy"
                    + " the result into a slim or distroless stage.", null));
            return;
        }
        for (Instruction i : last.body()) {
            var m = BUILD_TOOLS.matcher(i.args());
            if (i.keyword().equals("RUN") && i.args().matches("(?s).*\\b(apt-get|apt|apk|yum|dnf)\\b.*") && m.find()) {
                out.accept(new Finding(at(file, i), "build-tools-in-final", "the final stage installs " + m.group(1),
                        "build tools belong in the build stage; in the final image they add size and attack"
                        + " surface.", null));
            }
        }
    }

    static String repo(String image) {
        String noTag = image.replaceAll("@.*$", "");
        int slash = noTag.lastIndexOf('/');
        int colon = noTag.lastIndexOf(':');
        String repo = colon > slash ? noTag.substring(0, colon) : noTag;
        return repo.replaceFirst("^(docker\\.io/)?(library/)?", "").toLowerCase(Locale.ROOT);
    }

    static Location at(Path file, Instruction i) {
        return new Location(file, i.line(), 1);
    }
}
