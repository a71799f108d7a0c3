package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class IdleHeapTest {
    @Test
    void theHeapKeepsLittleFreeAndIsReturnedWhenIdleUnlessSetByHand() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        IdleHeap.apply();
        for (var e : IdleHeap.FLAGS.entrySet()) {
            var option = vm.getVMOption(e.getKey());
            if (option.getOrigin() == com.sun.management.VMOption.Origin.MANAGEMENT) {
                assertThat(option.getValue()).as(e.getKey()).isEqualTo(e.getValue());
            } else {
                // set on the command line (or not this collector's): left as it was
                assertThat(option.getOrigin()).as(e.getKey()).isNotEqualTo(com.sun.management.VMOption.Origin.DEFAULT);
            }
        }
        assertThat(Integer.parseInt(vm.getVMOption("MaxHeapFreeRatio").getValue()))
                .isGreaterThanOrEqualTo(Integer.parseInt(vm.getVMOption("MinHeapFreeRatio").getValue()));
    }
}
