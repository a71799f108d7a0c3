package dev.berth.ui.topology;

import java.util.List;

/**
 * Where one line runs: cubic pieces joined end to end (a straight piece has its control points on
 * it), the arrow's tip and direction, and the centre of the bottom of its label.
 */
public record EdgeRoute(List<Piece> pieces, double labelX, double labelY) {
    /** One cubic Bézier piece from (x1, y1) to (x2, y2). */
    public record Piece(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {
        static Piece line(double x1, double y1, double x2, double y2) {
            return new Piece(x1, y1, x1 + (x2 - x1) / 3, y1 + (y2 - y1) / 3, x1 + 2 * (x2 - x1) / 3,
                    y1 + 2 * (y2 - y1) / 3, x2, y2);
        }

        /** A horizontal S-curve: leaves and arrives level, bends in the middle. */
        static Piece level(double x1, double y1, double x2, double y2) {
            double mid = (x2 - x1) / 2;
            return new Piece(x1, y1, x1 + mid, y1, x2 - mid, y2, x2, y2);
        }

        double xAt(double t) {
            double u = 1 - t;
            return u * u * u * x1 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * x2;
        }

        double yAt(double t) {
            double u = 1 - t;
            return u * u * u * y1 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * y2;
        }
    }

    public EdgeRoute {
        pieces = List.copyOf(pieces);
    }

    public Piece last() {
        return pieces.getLast();
    }

    double maxX() {
        return pieces.stream().mapToDouble(p -> Math.max(Math.max(p.x1(), p.x2()), Math.max(p.c1x(), p.c2x())))
                .max().orElse(0);
    }

    /** The SVG path data of the line. */
    public String svgPath() {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "M%.1f %.1f", pieces.getFirst().x1(),
                pieces.getFirst().y1()));
        for (Piece p : pieces) {
            b.append(String.format(java.util.Locale.ROOT, " C%.1f %.1f %.1f %.1f %.1f %.1f", p.c1x(), p.c1y(),
                    p.c2x(), p.c2y(), p.x2(), p.y2()));
        }
        return b.toString();
    }
}
