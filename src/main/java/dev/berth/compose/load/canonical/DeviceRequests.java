package dev.berth.compose.load.canonical;

import java.util.List;
import java.util.Map;

/** gpus and deploy device reservations: "all" and requests naming neither count nor device_ids mean every device (-1). */
final class DeviceRequests {
    private DeviceRequests() {}

    static Object gpus(Object value) {
        if (value instanceof String s && s.equalsIgnoreCase("all")) {
            Map<String, Object> all = Trees.newMap();
            all.put("count", -1L);
            List<Object> out = Trees.newList();
            out.add(all);
            return out;
        }
        return null;
    }

    static void project(Map<String, Object> s) {
        defaultCount(Trees.list(s, "gpus"));
        Map<String, Object> resources = Trees.map(Trees.map(s, "deploy"), "resources");
        if (resources != null) {
            defaultCount(Trees.list(Trees.map(resources, "reservations"), "devices"));
            defaultCount(Trees.list(Trees.map(resources, "limits"), "devices"));
        }
    }

    private static void defaultCount(List<Object> requests) {
        if (requests == null) {
            return;
        }
        for (Object r : requests) {
            Map<String, Object> m = Trees.map(r);
            if (m != null && m.get("count") == null && m.get("device_ids") == null) {
                m.put("count", -1L);
            }
        }
    }
}
