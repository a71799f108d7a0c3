package dev.berth.ui.theme;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons from Ikonli's Feather pack, drawn in the text's colour so they follow the theme. */
public final class Icons {
    private Icons() {}

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("berth-icon");
        return icon;
    }

    /** Puts an icon on a button; {@code iconOnly} keeps the text for the tooltip and screen readers only. */
    public static <B extends ButtonBase> B on(B button, Ikon ikon, boolean iconOnly) {
        button.setGraphic(of(ikon));
        if (iconOnly) {
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            button.setAccessibleText(button.getText());
        }
        return button;
    }
}
