package dev.berth.ui.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
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
    private final Pane canvas = new Pane();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate();
    private final Map<String, NodeView> nodes = new HashMap<>();
    private final Map<String, EdgeView> edges = new HashMap<>();
    private Topology shown = Topology.EMPTY;
    private Routing routing;
    private BiConsumer<String, Point2D> onNodeMoved = (id, p) -> {};
    private Consumer<String> onNodeSelected = id -> {};
    private Function<GraphNode, ContextMenu> contextMenus = n -> null;
    private boolean fitPending;

    public TopologyPane() {
        getStyleClass().add("topology");
        canvas.getStyleClass().add("topology-canvas");
        canvas.getChildren().addAll(edgeLayer, nodeLayer);
        canvas.getTransforms().setAll(pan, scale);
        canvas.setManaged(false);
        getChildren().add(canvas);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        new PanAndZoom(this, pan, scale).install();
        setOnMouseClicked(e -> {
            if (e.getTarget() == this || e.getTarget() == canvas) {
                onNodeSelected.accept(null);
            }
        });
    }

    public void show(Topology topology) {
        shown = topology;
        nodes.clear();
        edges.clear();
        canvas.setPrefSize(topology.width(), topology.height());
        canvas.resize(topology.width(), topology.height());
        List<Node> views = new ArrayList<>();
        for (GraphNode n : topology.nodes()) {
            NodeView v = new NodeView(n);
            new NodeDrag(v, scale, onNodeMoved, id -> onNodeSelected.accept(id)).install();
            v.setOnContextMenuRequested(e -> {
                ContextMenu menu = contextMenus.apply(n);
                if (menu != null) {
                    menu.show(v, e.getScreenX(), e.getScreenY());
                }
            });
            v.layoutXProperty().addListener(o -> routing = null);
            v.layoutYProperty().addListener(o -> routing = null);
            nodes.put(n.id(), v);
            views.add(v);
        }
        routing = null;
        List<Node> lines = new ArrayList<>();
        for (GraphEdge e : topology.edges()) {
            NodeView from = nodes.get(e.fromId());
            NodeView to = nodes.get(e.toId());
            if (from != null && to != null) {
                EdgeView v = new EdgeView(e, from, to, this::routing);
                edges.put(e.id(), v);
                lines.add(v);
            }
        }
        // one change per layer: adding children one by one to a live Group recomputes its bounds each time
        nodeLayer.getChildren().setAll(views);
        edgeLayer.getChildren().setAll(lines);
    }

    /** Routes for the boxes where they are now; made again after a box moved. */
    private Routing routing() {
        if (routing == null) {
            routing = new Routing(nodes.values().stream().map(v -> v.node().at(v.getLayoutX(), v.getLayoutY())).toList(),
                    shown.edges());
        }
        return routing;
    }

    public Topology shown() {
        return shown;
    }

    public void showStatus(String nodeId, ServiceStatus status) {
        NodeView v = nodes.get(nodeId);
        if (v != null && !v.node().ghost()) {
            v.showStatus(status);
        }
    }

    public void showGate(String edgeId, Gate gate) {
        EdgeView v = edges.get(edgeId);
        if (v != null) {
            v.showGate(gate);
        }
    }

    public void select(String nodeId) {
        nodes.forEach((id, v) -> v.select(id.equals(nodeId)));
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
    }

    static boolean primary(javafx.scene.input.MouseEvent e) {
        return e.getButton() == MouseButton.PRIMARY;
    }
}
