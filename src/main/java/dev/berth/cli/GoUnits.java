package dev.berth.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Sizes as the engine's CLI prints them (go-units): {@code HumanSizeWithPrecision} in powers of 1000
 * ({@code 1.18kB}) and {@code BytesSize} in powers of 1024 ({@code 23.54GiB}), both through Go's {@code %.Ng}.
 */
final class GoUnits {
    private static final String[] DECIMAL = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
    private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};

    private GoUnits() {}

    /** {@code units.HumanSizeWithPrecision(size, precision)}. */
    static String decimal(double size, int precision) {
        return scaled(size, 1000, DECIMAL, precision);
    }

    /** {@code units.BytesSize(size)}: four significant digits. */
    static String binary(double size) {
        return scaled(size, 1024, BINARY, 4);
    }

    private static String scaled(double size, double base, String[] units, int precision) {
        int i = 0;
        while (size >= base && i < units.length - 1) {
            size /= base;
            i++;
        }
        return g(size, precision) + units[i];
    }

    /** Go's {@code %.<precision>g}: shortest form, no trailing zeros, exponent form below 1e-4 or from 10^precision. */
    static String g(double v, int precision) {
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= precision) {
            String mantissa = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
