package dev.berth.compose.render;

import java.math.BigDecimal;

/** Go's shortest float formatting (strconv 'g' and 'e' with precision -1), which the reference's output uses. */
final class GoFloat {
    private GoFloat() {}

    /** strconv.FormatFloat(d, 'g', -1, 64): exponent form when the decimal exponent is below -4 or 6 and more. */
    static String shortestG(double d) {
        if (d == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exp = b.precision() - b.scale() - 1;
        return exp < -4 || exp >= 6 ? exponent(d, true) : b.toPlainString();
    }

    /** strconv 'e' with the shortest digits: "1e-07", "1.5e+21". */
    static String exponent(double d, boolean padExponent) {
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = b.unscaledValue().abs().toString();
        int exp = b.precision() - b.scale() - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = String.valueOf(Math.abs(exp));
        return (d < 0 ? "-" : "") + mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 && (padExponent || exp > 0) ? "0" + e : e);
    }
}
