package dev.berth.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;

/** The menu bar and tool bar; every main action has a key. */
final class MainMenu {
    private MainMenu() {}

    static MenuBar menuBar(WindowActions a, MainViewModel vm) {
        Menu recent = new Menu("Open recent");
        recent.setId("recent-menu");
        recent.setOnShowing(e -> fillRecent(recent, a, vm));
        recent.getItems().add(new MenuItem("(none)"));
        Menu file = new Menu("_File", null,
                item("_Open…", "Shortcut+O", a::open), recent,
                item("Add override file…", "Shortcut+Shift+O", a::addOverride),
                item("Choose env files…", "Shortcut+E", a::chooseEnvFiles),
                item("_Reload", "Shortcut+R", vm.project()::reload),
                item("_Save", "Shortcut+S", a::save),
                item("Save all", "Shortcut+Alt+S", vm.editor()::saveAll),
                new javafx.scene.control.SeparatorMenuItem(),
                item("Export graph as PNG…", "Shortcut+Shift+E", a::exportPng),
                item("Export graph as SVG…", "Shortcut+Shift+G", a::exportSvg),
                item("Export plan as Docker commands…", "Shortcut+Shift+K", a::exportDockerScript),
                new javafx.scene.control.SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", a::quit));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        dark.selectedProperty().bindBidirectional(a.darkProperty());
        Menu view = new Menu("_View", null,
                item("Fit graph", "Shortcut+0", a.topology()::fit),
                item("Zoom in", "Shortcut+EQUALS", () -> a.topology().zoom(1.2)),
                item("Zoom out", "Shortcut+MINUS", () -> a.topology().zoom(1 / 1.2)),
                item("Reset layout", "Shortcut+Shift+L", vm.topology()::resetPositions),
                item("Find service…", "Shortcut+F", a.find()::find),
                item("Focus on selected service", "Shortcut+Shift+F", a.find()::toggleFocus),
                shown("Service list", "Shortcut+DIGIT5", a.find().listShownProperty()),
                new javafx.scene.control.SeparatorMenuItem(),
                shown("Profiles pane", "Shortcut+DIGIT1", a.panes().leftShownProperty()),
                shown("Inspector pane", "Shortcut+DIGIT2", a.panes().rightShownProperty()),
                shown("Logs pane", "Shortcut+DIGIT3", a.panes().bottomShownProperty()),
                item("Editor", "Shortcut+DIGIT4", a::showEditor),
                new javafx.scene.control.SeparatorMenuItem(),
                dark,
                item("Presentation mode", "F11", a::togglePresentation),
                item("Command palette…", "Shortcut+Shift+P", a::palette));
        Menu run = new Menu("_Run", null,
                item("_Up…", "Shortcut+U", a::up),
                item("_Down…", "Shortcut+D", a::down),
                item("Stop", "Shortcut+Shift+S", a::stop),
                item("Restart", "Shortcut+Shift+R", a::restart),
                new javafx.scene.control.SeparatorMenuItem(),
                item("Step mode", "Shortcut+Shift+U", a::beginSteps),
                item("Next step", "Shortcut+N", a::step));
        MenuBar bar = new MenuBar(file, view, run, a.services().serviceMenu());
        bar.getMenus().add(dev.berth.ui.insight.InsightMenu.menu(vm.insight(), () -> bar.getScene().getWindow()));
        bar.setId("menu-bar");
        return bar;
    }

    static ToolBar toolBar(WindowActions a) {
        ToolBar bar = new ToolBar(
                icon(button("open-button", "Open", "Open compose files (Ctrl+O)", a::open), Feather.FOLDER, false),
                new Separator(),
                icon(button("up-button", "Up", "Preview and run Up (Ctrl+U)", a::up), Feather.PLAY, false),
                icon(button("down-button", "Down", "Stop and remove the project (Ctrl+D)", a::down), Feather.ARROW_DOWN_CIRCLE, false),
                icon(button("stop-button", "Stop", "Stop all services (Ctrl+Shift+S)", a::stop), Feather.STOP_CIRCLE, true),
                icon(button("restart-button", "Restart", "Restart all services (Ctrl+Shift+R)", a::restart), Feather.ROTATE_CW, true),
                icon(button("step-button", "Step", "Step mode: one operation per click (Ctrl+N)", a::stepOrBegin), Feather.SKIP_FORWARD, true),
                new Separator(),
                icon(button("fit-button", "Fit", "Fit the graph (Ctrl+0)", a.topology()::fit), Feather.MAXIMIZE, true),
                icon(button("zoom-out-button", "Zoom out", "Zoom out (Ctrl+Minus)", () -> a.topology().zoom(1 / 1.2)), Feather.ZOOM_OUT, true),
                icon(button("zoom-in-button", "Zoom in", "Zoom in (Ctrl+=)", () -> a.topology().zoom(1.2)), Feather.ZOOM_IN, true),
                new Separator(),
                icon(button("presentation-button", "Present", "Presentation mode (F11, Esc leaves)", a::togglePresentation), Feather.MONITOR, true),
                icon(button("editor-button", "Edit", "Edit the compose files under the drawing (Ctrl+4)", a::showEditor), Feather.EDIT_3, true),
                icon(button("palette-button", "Commands", "All commands, by name (Ctrl+Shift+P)", a::palette), Feather.COMMAND, true),
                new Separator(),
                icon(toggle("left-pane-toggle", "Profiles", "Show or fold the profiles pane (Ctrl+1)", a.panes().leftShownProperty()), Feather.SIDEBAR, true),
                icon(toggle("right-pane-toggle", "Inspector", "Show or fold the inspector (Ctrl+2)", a.panes().rightShownProperty()), Feather.INFO, true),
                icon(toggle("bottom-pane-toggle", "Logs", "Show or fold the logs (Ctrl+3)", a.panes().bottomShownProperty()), Feather.TERMINAL, true));
        bar.setId("tool-bar");
        return bar;
    }

    private static <B extends javafx.scene.control.ButtonBase> B icon(B button, Feather ikon, boolean iconOnly) {
        return dev.berth.ui.theme.Icons.on(button, ikon, iconOnly);
    }

    private static void fillRecent(Menu recent, WindowActions a, MainViewModel vm) {
        recent.getItems().clear();
        List<List<Path>> lists = vm.recent().list();
        if (lists.isEmpty()) {
            recent.getItems().add(new MenuItem("(none)"));
        }
        for (List<Path> files : lists) {
            String label = String.join(" + ", files.stream().map(Path::toString).toList());
            recent.getItems().add(item(label, null, () -> vm.open(files)));
        }
    }

    static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(KeyCombination.keyCombination(keys));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static CheckMenuItem shown(String text, String keys, javafx.beans.property.BooleanProperty on) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.selectedProperty().bindBidirectional(on);
        return item;
    }

    private static javafx.scene.control.ToggleButton toggle(String id, String text, String tip,
                                                            javafx.beans.property.BooleanProperty on) {
        javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.selectedProperty().bindBidirectional(on);
        b.setFocusTraversable(false);
        return b;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
