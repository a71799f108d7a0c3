package dev.berth.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the engine CLI's Go templates that {@code ps/volumes/stats --format} are used with: {@code {{.Field}}} (spaces allowed),
 * {@code \t} and {@code \n}, and a {@code table } prefix that adds the columns' headers and aligns them.
 */
final class PsTemplate {
    private static final Pattern ACTION = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    private static final Pattern FIELD = Pattern.compile("\\.([A-Za-z]+)");
    private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("ID", "CONTAINER ID"),
            Map.entry("CreatedAt", "CREATED AT"), Map.entry("RunningFor", "CREATED"),
            Map.entry("LocalVolumes", "LOCAL VOLUMES"), Map.entry("ExitCode", "EXIT CODE"));

    private final boolean table;
    private final String body;

    private PsTemplate(boolean table, String body) {
        this.table = table;
        this.body = body;
    }

    static PsTemplate parse(String format) {
        boolean table = format.startsWith("table ");
        String body = (table ? format.substring("table ".length()) : format).strip()
                .replace("\\t", "\t").replace("\\n", "\n");
        Matcher m = ACTION.matcher(body);
        while (m.find()) {
            if (!FIELD.matcher(m.group(1)).matches()) {
                throw new IllegalArgumentException("template parsing error: unsupported action {{" + m.group(1)
                        + "}}: only {{.Field}} is supported");
            }
        }
        return new PsTemplate(table, body);
    }

    /** Each container's fields through the template, one line each (a table: aligned, under its headers). */
    String render(List<Map<String, String>> containers) {
        return render(containers, HEADERS, Table.PS);
    }

    /**
     * Each row's fields through the template ({@code volumes}, {@code stats}): a table's headers are the fields'
     * names in {@code headers}, else upper-cased, aligned as {@code layout} does.
     */
    String render(List<Map<String, String>> containers, Map<String, String> headers, Table layout) {
        List<String> lines = new ArrayList<>();
        if (table) {
            lines.add(fill(name -> headers.getOrDefault(name, name.toUpperCase(Locale.ROOT))));
        }
        for (Map<String, String> fields : containers) {
            lines.add(fill(name -> {
                String v = fields.get(name);
                if (v == null) {
                    throw new IllegalArgumentException("template parsing error: can't evaluate field " + name);
                }
                return v;
            }));
        }
        if (!table) {
            return lines.stream().map(l -> l + "\n").reduce("", String::concat);
        }
        return layout.render(lines.stream().map(l -> List.of(l.split("\t", -1))).toList());
    }

    private String fill(Function<String, String> value) {
        Matcher m = ACTION.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Matcher f = FIELD.matcher(m.group(1));
            f.matches();
            m.appendReplacement(out, Matcher.quoteReplacement(value.apply(f.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
