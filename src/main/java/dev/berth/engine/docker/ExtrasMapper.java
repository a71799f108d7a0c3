package dev.berth.engine.docker;

import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.BlkioRateDevice;
import com.github.dockerjava.api.model.BlkioWeightDevice;
import com.github.dockerjava.api.model.Device;
import com.github.dockerjava.api.model.DeviceRequest;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Isolation;
import com.github.dockerjava.api.model.Link;
import com.github.dockerjava.api.model.Volume;
import dev.berth.engine.ContainerSpec;
import dev.berth.engine.EngineException;
import java.util.Arrays;
import java.util.List;

/** Fills the host config with a {@link ContainerSpec.Extras}: set only what the service sets. */
final class ExtrasMapper {
    private ExtrasMapper() {}

    private static DeviceRequest deviceRequest(ContainerSpec.DeviceRequest r) {
        return new DeviceRequest().withDriver(r.driver() == null ? "" : r.driver()).withCount(r.count())
                .withDeviceIds(r.deviceIds().isEmpty() ? null : r.deviceIds())
                .withCapabilities(List.of(r.capabilities()))
                .withOptions(r.options().isEmpty() ? null : r.options());
    }

    static void apply(ContainerSpec.Extras x, HostConfig h) {
        if (!x.binds().isEmpty()) {
            h.withBinds(x.binds().stream().map(RawBind::new).map(Bind.class::cast).toList());
        }
        if ((x.logDriver() != null && !x.logDriver().isEmpty()) || !x.logOptions().isEmpty()) {
            h.withLogConfig(new NamedLogConfig(x.logDriver(), x.logOptions()));
        }
        if (!x.devices().isEmpty()) {
            h.withDevices(x.devices().stream().map(d -> new Device(d.permissions() == null ? "" : d.permissions(),
                    d.pathInContainer(), d.pathOnHost())).toList());
        }
        if (!x.deviceRequests().isEmpty()) {
            h.withDeviceRequests(x.deviceRequests().stream().map(ExtrasMapper::deviceRequest).toList());
        }
        if (!x.links().isEmpty()) {
            h.withLinks(x.links().stream().map(Link::parse).toList());
        }
        if (!x.dnsSearch().isEmpty()) {
            h.withDnsSearch(x.dnsSearch());
        }
        if (!x.dnsOptions().isEmpty()) {
            h.withDnsOptions(x.dnsOptions());
        }
        h.withCgroupParent(x.cgroupParent()).withUsernsMode(x.usernsMode()).withUtSMode(x.utsMode())
                .withOomScoreAdj(x.oomScoreAdj()).withOomKillDisable(x.oomKillDisable())
                .withMemorySwap(x.memorySwap()).withMemorySwappiness(x.memorySwappiness()).withRuntime(x.runtime())
                .withCgroupnsMode(x.cgroupnsMode()).withVolumeDriver(x.volumeDriver());
        if (!x.deviceCgroupRules().isEmpty()) {
            h.withDeviceCgroupRules(x.deviceCgroupRules());
        }
        if (!x.annotations().isEmpty()) {
            h.withAnnotations(x.annotations());
        }
        if (!x.storageOpt().isEmpty()) {
            h.withStorageOpt(x.storageOpt());
        }
        if (x.isolation() != null && !x.isolation().isEmpty()) {
            h.withIsolation(isolation(x.isolation()));
        }
        if (h instanceof WireHostConfig wire) {
            wire.withUnconfinedPaths(x.unconfinedPaths());
        }
        cpu(x.cpu(), h);
        blkio(x.blkio(), h);
    }

    private static void cpu(ContainerSpec.Cpu c, HostConfig h) {
        h.withCpuShares(c.shares()).withCpuQuota(c.quota()).withCpuPeriod(c.period()).withCpusetCpus(c.cpuset())
                .withCpuRealtimePeriod(c.realtimePeriod()).withCpuRealtimeRuntime(c.realtimeRuntime())
                .withCpuCount(c.count()).withCpuPercent(c.percent());
    }

    private static void blkio(ContainerSpec.Blkio b, HostConfig h) {
        if (b.weight() != null) {
            h.withBlkioWeight(b.weight());
        }
        if (!b.weightDevice().isEmpty()) {
            h.withBlkioWeightDevice(b.weightDevice().stream().map(r -> new BlkioWeightDevice().withPath(r.path())
                    .withWeight((int) r.value())).toList());
        }
        if (!b.readBps().isEmpty()) {
            h.withBlkioDeviceReadBps(rates(b.readBps()));
        }
        if (!b.readIops().isEmpty()) {
            h.withBlkioDeviceReadIOps(rates(b.readIops()));
        }
        if (!b.writeBps().isEmpty()) {
            h.withBlkioDeviceWriteBps(rates(b.writeBps()));
        }
        if (!b.writeIops().isEmpty()) {
            h.withBlkioDeviceWriteIOps(rates(b.writeIops()));
        }
    }

    private static List<BlkioRateDevice> rates(List<ContainerSpec.Rate> rates) {
        return rates.stream().map(r -> new BlkioRateDevice().withPath(r.path()).withRate(r.value())).toList();
    }

    private static Isolation isolation(String value) {
        return Arrays.stream(Isolation.values()).filter(i -> i.getValue().equals(value)).findFirst()
                .orElseThrow(() -> new EngineException(EngineException.Reason.INVALID, "invalid isolation: " + value));
    }

    /** A bind string sent as written: docker-java's own parsing knows fewer options than the engine. */
    private static final class RawBind extends Bind {
        private final String text;

        RawBind(String text) {
            super(text.substring(0, text.indexOf(':')), new Volume(text.split(":")[1]));
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
