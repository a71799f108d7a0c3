package dev.berth.ui.topology;

import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The topology drawing, drawn by Berth itself: boxes and curves on a canvas that can be zoomed
 * (wheel), panned (drag the background) and fitted; boxes can be dragged. It only shows what it is
 * given; the view model decides what that is.
 */
public final class TopologyPane extends Region {
    /** Below this scale boxes show their names alone (semantic zoom), read at about {@link #FAR_NAME_PX}. */
    static final double FAR = 0.55;
    static final double FAR_NAME_PX = 13;
    /** From this many boxes on, the minimap is shown. */
    static final int MINIMAP_FROM = 20;
    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    private static final double NODE_DIMMED = 0.16;
    private static final double EDGE_DIMMED = 0.07;
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    private final Pane canvas = new Pane();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate();
    private final DrawnGraph graph = new DrawnGraph(this::nodeView, this::edgeView);
    private final Minimap minimap = new Minimap(this::centreOn);
    private final Label staleBanner = new Label();
    private Topology shown = Topology.EMPTY;
    private Routing routing;
    private BiConsumer<String, Point2D> onNodeMoved = (id, p) -> {};
    private Consumer<String> onNodeSelected = id -> {};
    private Function<GraphNode, ContextMenu> contextMenus = n -> null;
    private Function<GraphNode, javafx.scene.Node> overlays = n -> null;
    private boolean fitPending;
    private boolean minimapDirty;
    private Set<String> highlighted;
    private boolean hideOthers;
    private String selected;

    public TopologyPane() {
        getStyleClass().add("topology");
        getStylesheets().add(TopologyPane.class.getResource("drawing.css").toExternalForm());
        canvas.getStyleClass().add("topology-canvas");
        canvas.getChildren().addAll(graph.edgeLayer, graph.nodeLayer);
        canvas.getTransforms().setAll(pan, scale);
        canvas.setManaged(false);
        staleBanner.setId("stale-banner");
        staleBanner.getStyleClass().add("stale-banner");
        staleBanner.setManaged(false);
        staleBanner.setVisible(false);
        minimap.setManaged(false);
        minimap.setVisible(false);
        getChildren().addAll(canvas, minimap, staleBanner);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        new PanAndZoom(this, pan, scale).install();
        scale.xProperty().addListener(o -> zoomed());
        pan.xProperty().addListener(o -> minimapSoon());
        pan.yProperty().addListener(o -> minimapSoon());
        setOnMouseClicked(e -> {
            if (e.getTarget() == this || e.getTarget() == canvas) {
                onNodeSelected.accept(null);
            }
        });
        GraphKeys.install(this);
    }

    /** The boxes by id, the selected one, choosing one and opening its menu: for {@link GraphKeys}. */
    java.util.Map<String, NodeView> views() {
        return graph.nodes;
    }

    String selectedId() {
        return selected;
    }

    void choose(String nodeId) {
        onNodeSelected.accept(nodeId);
    }

    void openMenu(String nodeId) {
        NodeView v = graph.nodes.get(nodeId);
        ContextMenu menu = v == null ? null : contextMenus.apply(v.node());
        if (menu != null) {
            javafx.geometry.Bounds b = v.localToScreen(v.getBoundsInLocal());
            menu.show(v, b.getMinX() + 12, b.getMaxY());
        }
    }

    /**
     * Draws the topology. The same nodes as before (a profile ticked, a reload) replace only the
     * boxes and lines that changed; other nodes draw afresh.
     */
    public void show(Topology topology) {
        Topology before = shown;
        shown = topology;
        canvas.setPrefSize(topology.width(), topology.height());
        canvas.resize(topology.width(), topology.height());
        routing = null;
        graph.show(before, topology);
        if (graph.replaced() > 0) {
            zoomed();
            highlight(highlighted, hideOthers);
        }
        minimap.setVisible(topology.nodes().size() >= MINIMAP_FROM);
        minimapSoon();
    }

    private NodeView nodeView(GraphNode n) {
        NodeView v = new NodeView(n);
        new NodeDrag(v, scale, onNodeMoved, id -> onNodeSelected.accept(id)).install();
        v.setOnContextMenuRequested(e -> {
            ContextMenu menu = contextMenus.apply(v.node()); // a profile tick may have flipped it in place
            if (menu != null) {
                menu.show(v, e.getScreenX(), e.getScreenY());
            }
        });
        v.layoutXProperty().addListener(o -> moved());
        v.layoutYProperty().addListener(o -> moved());
        v.select(n.id().equals(selected));
        v.overlay(overlays.apply(n));
        return v;
    }

    private EdgeView edgeView(GraphEdge e) {
        return new EdgeView(e, graph.nodes.get(e.fromId()), graph.nodes.get(e.toId()), this::routing);
    }

    private void moved() {
        routing = null;
        minimapSoon();
    }

    /** Routes for the boxes where they are now; made again after a box moved. */
    private Routing routing() {
        if (routing == null) {
            routing = new Routing(graph.nodes.values().stream().map(v -> v.node().at(v.getLayoutX(), v.getLayoutY())).toList(),
                    shown.edges());
        }
        return routing;
    }

    public Topology shown() {
        return shown;
    }

    /** How many boxes and lines the last {@link #show} made anew. */
    public int lastReplaced() {
        return graph.replaced();
    }

    public void showStatus(String nodeId, ServiceStatus status) {
        NodeView v = graph.nodes.get(nodeId);
        if (v != null && !v.node().ghost()) {
            v.showStatus(status);
            minimapSoon();
        }
    }

    public void showGate(String edgeId, Gate gate) {
        EdgeView v = graph.edges.get(edgeId);
        if (v != null) {
            v.showGate(gate);
        }
    }

    public void select(String nodeId) {
        NodeView before = selected == null ? null : graph.nodes.get(selected);
        if (before != null) {
            before.select(false);
        }
        selected = nodeId;
        NodeView now = nodeId == null ? null : graph.nodes.get(nodeId);
        if (now != null) {
            now.select(true);
        }
        minimapSoon();
    }

    /**
     * Keeps the boxes {@code ids} (and lines between two of them) in full view and dims the rest,
     * or hides it with {@code hide}; null shows everything.
     */
    public void highlight(Set<String> ids, boolean hide) {
        highlighted = ids;
        hideOthers = hide;
        graph.nodes.forEach((id, v) -> fade(v, ids == null || ids.contains(id), hide));
        graph.edges.values().forEach(v -> fade(v, ids == null
                || ids.contains(v.edge().fromId()) && ids.contains(v.edge().toId()), hide));
        minimapSoon();
    }

    /**
     * Dims by opacity set here, not by a style: no style sheet uses :dimmed, so flipping it costs no
     * CSS pass over hundreds of boxes (a search keystroke stays within a frame or two). The box's
     * parts are faded, not the box, whose own opacity the theme uses for ghosts.
     */
    private static void fade(javafx.scene.Node v, boolean keep, boolean hide) {
        v.pseudoClassStateChanged(DIMMED, !keep);
        v.setVisible(keep || !hide);
        if (v instanceof NodeView n) {
            n.getChildrenUnmodifiable().forEach(c -> c.setOpacity(keep ? 1 : NODE_DIMMED));
        } else {
            v.setOpacity(keep ? 1 : EDGE_DIMMED);
        }
    }

    /** Marks the drawing as the last good one while the file has problems; null clears the mark. */
    public void stale(String message) {
        staleBanner.setText(message == null ? "" : message);
        staleBanner.setVisible(message != null);
        pseudoClassStateChanged(STALE, message != null);
    }

    /** Moves the view so the node is in the middle, near enough to read its details. */
    public void centreOn(String nodeId) {
        NodeView v = graph.nodes.get(nodeId);
        if (v != null) {
            if (scale.getX() < FAR) {
                scale.setX(0.8);
                scale.setY(0.8);
            }
            centreOn(v.getLayoutX() + v.node().width() / 2, v.getLayoutY() + v.node().height() / 2);
        }
    }

    /** Zooms and pans so the boxes {@code ids} fill the view (no closer than 1:1); others stay where they are. */
    public void fitTo(Set<String> ids) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        graph.nodes.forEach((id, v) -> {
            if (ids.contains(id) && v.node().kind() == GraphNode.Kind.SERVICE) {
                box[0] = Math.min(box[0], v.getLayoutX());
                box[1] = Math.min(box[1], v.getLayoutY());
                box[2] = Math.max(box[2], v.getLayoutX() + v.node().width());
                box[3] = Math.max(box[3], v.getLayoutY() + v.node().height());
            }
        });
        if (box[2] < box[0] || getWidth() <= 0) {
            return;
        }
        double w = box[2] - box[0] + 2 * TopologyLayout.MARGIN;
        double h = box[3] - box[1] + 2 * TopologyLayout.MARGIN;
        double s = Math.min(1, Math.min(getWidth() / w, getHeight() / h));
        scale.setX(s);
        scale.setY(s);
        centreOn((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
    }

    private void centreOn(double x, double y) {
        pan.setX(getWidth() / 2 - x * scale.getX());
        pan.setY(getHeight() / 2 - y * scale.getY());
    }

    private void zoomed() {
        double s = scale.getX();
        graph.nodes.values().forEach(v -> v.zoomedTo(s, FAR, FAR_NAME_PX));
        graph.edges.values().forEach(v -> v.labelShown(s >= FAR));
        canvas.pseudoClassStateChanged(PseudoClass.getPseudoClass("far"), s < FAR);
        minimapSoon();
    }

    /** Repaints the minimap once before the next frame (many changes in one pulse, one paint; no layout asked). */
    private void minimapSoon() {
        if (minimap.isVisible() && !minimapDirty && getScene() != null) {
            minimapDirty = true;
            javafx.scene.Scene scene = getScene();
            scene.addPreLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePreLayoutPulseListener(this);
                    paintMinimap();
                }
            });
            javafx.application.Platform.requestNextPulse();
        }
    }

    private void paintMinimap() {
        minimapDirty = false;
        double s = scale.getX();
        minimap.paint(shown, graph.nodes.values(), highlighted, selected,
                new double[] {-pan.getX() / s, -pan.getY() / s, getWidth() / s, getHeight() / s});
    }

    public void setOnNodeMoved(BiConsumer<String, Point2D> handler) {
        onNodeMoved = handler;
    }

    public void setOnNodeSelected(Consumer<String> handler) {
        onNodeSelected = handler;
    }

    public void setContextMenus(Function<GraphNode, ContextMenu> factory) {
        contextMenus = factory;
    }

    /** What to lay over each box (null for none); asked again for each box drawn anew. */
    public void setNodeOverlays(Function<GraphNode, javafx.scene.Node> factory) {
        overlays = factory;
        graph.nodes.values().forEach(v -> v.overlay(factory.apply(v.node())));
    }

    /** The ids of the service boxes on screen now: shown, not hidden by a focus, inside the view. */
    public Set<String> servicesOnScreen() {
        double s = scale.getX();
        javafx.geometry.Rectangle2D view = new javafx.geometry.Rectangle2D(-pan.getX() / s, -pan.getY() / s,
                Math.max(0, getWidth() / s), Math.max(0, getHeight() / s));
        Set<String> out = new java.util.HashSet<>();
        graph.nodes.forEach((id, v) -> {
            if (v.node().kind() == GraphNode.Kind.SERVICE && v.isVisible() && !v.node().ghost()
                    && view.intersects(v.getLayoutX(), v.getLayoutY(), v.node().width(), v.node().height())) {
                out.add(id);
            }
        });
        return out;
    }

    /** Scales and centres the drawing so all of it fits the visible area. */
    public void fit() {
        if (shown.width() <= 0 || getWidth() <= 0) {
            return;
        }
        double s = Math.min(2.0, Math.min(getWidth() / shown.width(), getHeight() / shown.height()));
        scale.setX(s);
        scale.setY(s);
        pan.setX((getWidth() - shown.width() * s) / 2);
        pan.setY((getHeight() - shown.height() * s) / 2);
    }

    public void zoom(double factor) {
        PanAndZoom.zoomAt(pan, scale, factor, new Point2D(getWidth() / 2, getHeight() / 2));
    }

    public double zoomLevel() {
        return scale.getX();
    }

    /** The drawing itself (benchmarks lay it out directly). */
    public Pane canvas() {
        return canvas;
    }

    /** Saves the whole drawing, unzoomed and unpanned, as a PNG. */
    public void exportPng(java.nio.file.Path file) throws java.io.IOException {
        var transforms = java.util.List.copyOf(canvas.getTransforms());
        canvas.getTransforms().clear();
        try {
            PngExport.write(canvas, file);
        } finally {
            canvas.getTransforms().setAll(transforms);
        }
    }

    /** Fits at the next layout pass, once this pane has its new size (after a mode switch). */
    public void fitSoon() {
        fitPending = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        // the canvas is unmanaged: its size is the layout's, its place is the pan transform
        if (fitPending && getWidth() > 0 && getHeight() > 0) {
            fitPending = false;
            fit();
        }
        staleBanner.autosize();
        staleBanner.relocate(12, 10);
        minimap.relocate(getWidth() - Minimap.WIDTH - 12, getHeight() - Minimap.HEIGHT - 12);
        if (minimap.isVisible()) {
            paintMinimap(); // the view's size changed
        }
    }

    static boolean primary(javafx.scene.input.MouseEvent e) {
        return e.getButton() == MouseButton.PRIMARY;
    }
}
