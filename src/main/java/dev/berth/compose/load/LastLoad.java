package dev.berth.compose.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loader that keeps its last load up to the profiles ({@link ProjectLoader#prepare}): a load asking for the same
 * files, env files and environment, whose files all read as before (compose, .env, included, extended, env_file),
 * only applies its profiles to a copy of that tree. The result is what a full load gives; the window ticks
 * profiles without reading and parsing 200 services again. The last few models made from the kept tree are kept
 * too (they are immutable), so ticking back, or a tick the window loaded ahead, costs only the reading and
 * comparing of the files. Loads are one at a time.
 */
public final class LastLoad {
    private record Kept(LoadOptions key, List<SourceTexts.Answer> answers, Prepared prepared, Map<String, Object> tree) {}

    private static final int RESULTS = 8;

    private Kept kept;
    private int reused;
    private final Map<LoadOptions, LoadResult> results = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LoadOptions, LoadResult> eldest) {
            return size() > RESULTS;
        }
    };

    public synchronized LoadResult load(LoadOptions options, SourceTexts texts) throws LoadException {
        LoadOptions key = options.withProfiles(List.of()).withTargetServices(List.of());
        Kept k = kept;
        if (k != null && k.key().equals(key) && texts.sameAnswers(k.answers())) {
            reused++;
            LoadResult known = results.get(options);
            if (known == null) {
                known = ProjectLoader.select(k.prepared(), Trees.map(Trees.copy(k.tree())), options);
                results.put(options, known);
            }
            // a result of its own, with the same model: each load is news to whoever follows loads (a reload
            // refreshes what depends on more than the files, such as advice on a Dockerfile)
            return new LoadResult(known.project(), known.sourceMap(), known.warnings());
        }
        kept = null;
        results.clear();
        Prepared prepared = new ProjectLoader(texts).prepare(options);
        if (options.files().stream().noneMatch(f -> f.toString().equals("-")) && !options.files().isEmpty()) {
            kept = new Kept(key, texts.answers(), prepared, Trees.map(Trees.copy(prepared.tree())));
        }
        LoadResult result = ProjectLoader.select(prepared, prepared.tree(), options);
        if (kept != null) {
            results.put(options, result);
        }
        return result;
    }

    /** How many loads were answered from a kept one (tests). */
    synchronized int reused() {
        return reused;
    }
}
