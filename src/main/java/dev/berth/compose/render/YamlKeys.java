package dev.berth.compose.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Key order of YAML mappings. The tree keeps Go struct fields in field order and Go maps sorted; go-yaml
 * prints maps in its own "natural" order (numbers inside keys compare by value, non-letters before letters),
 * so a mapping whose keys are sorted (a Go map) is re-sorted that way. Struct fields never change order.
 */
final class YamlKeys {
    private YamlKeys() {}

    static List<Map.Entry<?, ?>> ordered(Map<?, ?> m) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
        if (isSorted(entries)) {
            entries.sort((a, b) -> compare(String.valueOf(a.getKey()), String.valueOf(b.getKey())));
        }
        return entries;
    }

    private static boolean isSorted(List<Map.Entry<?, ?>> entries) {
        for (int i = 1; i < entries.size(); i++) {
            if (String.valueOf(entries.get(i - 1).getKey()).compareTo(String.valueOf(entries.get(i).getKey())) > 0) {
                return false;
            }
        }
        return true;
    }

    /** go-yaml's key order: letters by code point, digit runs by value, other characters before letters. */
    static int compare(String a, String b) {
        int[] ar = a.codePoints().toArray();
        int[] br = b.codePoints().toArray();
        boolean digits = false;
        for (int i = 0; i < ar.length && i < br.length; i++) {
            if (ar[i] == br[i]) {
                digits = Character.isDigit(ar[i]);
                continue;
            }
            boolean al = Character.isLetter(ar[i]);
            boolean bl = Character.isLetter(br[i]);
            if (al && bl) {
                return Integer.compare(ar[i], br[i]);
            }
            if (al || bl) {
                return (digits ? al : bl) ? -1 : 1;
            }
            return numbers(ar, br, i);
        }
        return Integer.compare(ar.length, br.length);
    }

    private static int numbers(int[] ar, int[] br, int i) {
        long an = 0;
        long bn = 0;
        if (ar[i] == '0' || br[i] == '0') {
            for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
                if (ar[j] != '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        int ai = i;
        for (; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
            an = an * 10 + (ar[ai] - '0');
        }
        int bi = i;
        for (; bi < br.length && Character.isDigit(br[bi]); bi++) {
            bn = bn * 10 + (br[bi] - '0');
        }
        if (an != bn) {
            return an < bn ? -1 : 1;
        }
        if (ai != bi) {
            return ai < bi ? -1 : 1;
        }
        return Integer.compare(ar[i], br[i]);
    }
}
