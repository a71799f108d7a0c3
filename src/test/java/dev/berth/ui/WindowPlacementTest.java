package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1024, 768);
    private static final Rectangle2D WIDE = new Rectangle2D(0, 0, 1280, 720);

    @Test
    void theDefaultSizeShrinksToAProjectorAndIsCentredInIt() {
        WindowPlacement p = WindowPlacement.of(PROJECTOR, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        assertThat(p).isEqualTo(new WindowPlacement(0, 0, 1024, 768));
    }

    @Test
    void aSizeRememberedFromABiggerScreenIsClampedAndMovedIn() {
        WindowPlacement p = WindowPlacement.of(WIDE, 1900, 1150, 600, 300);
        assertThat(p).isEqualTo(new WindowPlacement(0, 0, 1280, 720));
    }

    @Test
    void aPlaceThatWouldPushTheWindowOffTheRightAndBottomEdgesMovesItBack() {
        WindowPlacement p = WindowPlacement.of(PROJECTOR, 800, 600, 900, 500);
        assertThat(p).isEqualTo(new WindowPlacement(224, 168, 800, 600));
    }

    @Test
    void visualBoundsThatLeaveRoomForAPanelAreRespected() {
        Rectangle2D belowPanel = new Rectangle2D(0, 32, 1024, 736);
        WindowPlacement p = WindowPlacement.of(belowPanel, 1400, 900, -50, 0);
        assertThat(p.bounds().getMinY()).isEqualTo(32);
        assertThat(p.bounds().getMinX()).isZero();
        assertThat(p.height()).isEqualTo(736);
        assertThat(belowPanel.contains(p.bounds())).isTrue();
    }

    @Test
    void aSizeThatFitsIsKeptWhereItWas() {
        Rectangle2D second = new Rectangle2D(1920, 0, 1024, 768);
        WindowPlacement p = WindowPlacement.of(second, 700, 500, 2000, 100);
        assertThat(p).isEqualTo(new WindowPlacement(2000, 100, 700, 500));
    }
}
