package dev.berth.ui.inspector;

/**
 * One line of the inspector: a section (Configuration, Environment, Ports…), a key, the value as
 * shown (secrets already masked), where it came from ({@code compose.yaml:12}, may be empty), and
 * a link to open (a published port's URL, may be null).
 */
public record InspectorRow(String section, String key, String value, String source, String link) {}
