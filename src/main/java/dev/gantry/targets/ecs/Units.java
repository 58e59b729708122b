package dev.gantry.targets.ecs;

import java.math.BigDecimal;

/** ECS units as people write them in environment.yaml: vCPUs for CPU units, MB or GB for MiB. */
final class Units {

    static final int UNITS_PER_VCPU = 1024;

    private Units() {
    }

    /** vCPUs as CPU units, rounded to a whole unit. */
    static int cpuUnits(double vcpu) {
        return (int) Math.round(vcpu * UNITS_PER_VCPU);
    }

    /** CPU units as vCPUs: 256 is "0.25", 1024 is "1". */
    static String vcpu(int units) {
        return BigDecimal.valueOf(units).divide(BigDecimal.valueOf(UNITS_PER_VCPU)).stripTrailingZeros()
                .toPlainString();
    }

    /** A number as the user wrote it: 0.3, not 0.29999999999999999. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** MiB as the size a user writes: "1GB" when whole gigabytes, else "512MB". */
    static String mib(long mib) {
        return mib % 1024 == 0 ? mib / 1024 + "GB" : mib + "MB";
    }
}
