package dev.berth.compose.load;

import java.util.List;
import java.util.Map;

/**
 * A loader that keeps its last load up to the profiles ({@link ProjectLoader#prepare}): a load asking for the same
 * files, env files and environment, whose files all read as before (compose, .env, included, extended, env_file),
 * only applies its profiles to a copy of that tree. The result is what a full load gives; the window ticks
 * profiles without reading and parsing 200 services again. Loads are one at a time.
 */
public final class LastLoad {
    private record Kept(LoadOptions key, List<SourceTexts.Answer> answers, Prepared prepared, Map<String, Object> tree) {}

    private Kept kept;
    private int reused;

    public synchronized LoadResult load(LoadOptions options, SourceTexts texts) throws LoadException {
        LoadOptions key = options.withProfiles(List.of()).withTargetServices(List.of());
        Kept k = kept;
        if (k != null && k.key().equals(key) && texts.sameAnswers(k.answers())) {
            reused++;
            return ProjectLoader.select(k.prepared(), Trees.map(Trees.copy(k.tree())), options);
        }
        kept = null;
        Prepared prepared = new ProjectLoader(texts).prepare(options);
        if (options.files().stream().noneMatch(f -> f.toString().equals("-")) && !options.files().isEmpty()) {
            kept = new Kept(key, texts.answers(), prepared, Trees.map(Trees.copy(prepared.tree())));
        }
        return ProjectLoader.select(prepared, prepared.tree(), options);
    }

    /** How many loads were answered from a kept one (tests). */
    synchronized int reused() {
        return reused;
    }
}
