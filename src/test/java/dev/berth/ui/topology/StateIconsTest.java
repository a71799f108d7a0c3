package dev.berth.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StateIconsTest {
    @Test
    void everyStateHasAShapeOfItsOwn() {
        var shapes = Arrays.stream(ContainerState.values()).map(StateIcons::of).toList();
        assertThat(shapes).doesNotHaveDuplicates().hasSize(ContainerState.values().length);
        assertThat(StateIcons.of(ContainerState.HEALTHY)).isNotEqualTo(StateIcons.of(ContainerState.RUNNING));
    }
}
