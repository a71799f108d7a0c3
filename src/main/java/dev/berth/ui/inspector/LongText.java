package dev.berth.ui.inspector;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A long wrapped value (a project's start order or gates: thousands of characters at 200 services). A wrapped
 * Label lays its text out again at every size query (min and pref height, for each parent that asks); this keeps
 * the last heights by width, so a layout pass lays the text out once per width, and its text can change in place.
 */
final class LongText extends Region {
    static final int LONG = 200;
    private final Text text = new Text();
    /** Measures off the scene, in the shown text's font: size queries do not change what is drawn. */
    private final Text measure = new Text();
    /** Heights by wrapping width since the text or font last changed (a layout pass asks two or three widths). */
    private final java.util.Map<Double, Double> heights = new java.util.HashMap<>();
    private double natural = -1;

    LongText(String value) {
        getStyleClass().add("inspector-long-value");
        text.getStyleClass().add("inspector-long-value-text");
        text.setTextOrigin(javafx.geometry.VPos.TOP);
        measure.fontProperty().bind(text.fontProperty());
        measure.textProperty().bind(text.textProperty());
        text.fontProperty().addListener(o -> forget());
        text.setManaged(false);
        getChildren().add(text);
        setMinWidth(60);
        setText(value);
    }

    void setText(String value) {
        if (!value.equals(text.getText())) {
            text.setText(value);
            forget();
        }
    }

    String getText() {
        return text.getText();
    }

    private void forget() {
        heights.clear();
        natural = -1;
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double h) {
        if (natural < 0) {
            measure.setWrappingWidth(0);
            natural = measure.getLayoutBounds().getWidth();
        }
        return natural + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double w) {
        double inner = w < 0 ? 0 : Math.max(1, w - snappedLeftInset() - snappedRightInset());
        Double known = heights.get(inner);
        if (known == null) {
            if (heights.size() > 8) {
                heights.clear();
            }
            measure.setWrappingWidth(inner);
            known = measure.getLayoutBounds().getHeight();
            heights.put(inner, known);
        }
        return known + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double w) {
        return computePrefHeight(w);
    }

    @Override
    protected void layoutChildren() {
        text.setWrappingWidth(Math.max(1, getWidth() - snappedLeftInset() - snappedRightInset()));
        text.relocate(snappedLeftInset(), snappedTopInset());
    }
}
