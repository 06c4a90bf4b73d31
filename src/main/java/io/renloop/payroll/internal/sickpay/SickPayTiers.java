package io.renloop.payroll.internal.sickpay;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A tenant's sick pay (病假工资) as a share of the day rate by years of service: each tier applies from its number of
 * service years until the next tier's. Pure; {@link #DEFAULT} pays everyone 80 %.
 */
public record SickPayTiers(List<Tier> tiers) {

	/** 80 % of the day rate for everyone, until the tenant sets its own tiers. */
	public static final SickPayTiers DEFAULT = new SickPayTiers(List.of(new Tier(0, new BigDecimal("0.80"))));

	public SickPayTiers {
		// a tier left empty in a request is not a tier: the check names what remains
		tiers = tiers == null ? List.of()
				: tiers.stream().filter(Objects::nonNull).sorted(Comparator.comparingInt(Tier::fromServiceYears)).toList();
	}

	/** The share for someone with this many full years of service. */
	public BigDecimal shareFor(int serviceYears) {
		BigDecimal share = tiers.get(0).share();
		for (Tier tier : tiers) {
			if (tier.fromServiceYears() <= serviceYears) {
				share = tier.share();
			}
		}
		return share;
	}

	/** Whether the share depends on service years at all (more than one tier). */
	public boolean byServiceYears() {
		return tiers.size() > 1;
	}

	/** From {@code fromServiceYears} full years of service on, sick days are paid at {@code share} of the day rate. */
	public record Tier(int fromServiceYears, BigDecimal share) {
	}
}
