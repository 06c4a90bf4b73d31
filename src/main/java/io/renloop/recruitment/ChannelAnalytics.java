package io.renloop.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How well each channel recruits in the current tenant. The cohort is the applications that arrived between
 * two days (inclusive, in the tenant's time zone); each counts at every stage its history ever reached, so an
 * application rejected after interviews still counts as screened and interviewed. Erased candidates keep their
 * anonymous applications, so the figures do not change when personal data is erased.
 */
public interface ChannelAnalytics {

	/**
	 * Every channel, in the order of {@link Channel}, with zeros for channels without applications.
	 * @param from the first day, or null for twelve months before {@code to}
	 * @param to the last day, or null for today
	 * @throws io.renloop.platform.InvalidFieldsException when {@code from} is after {@code to}
	 */
	List<ChannelEffectiveness> channels(LocalDate from, LocalDate to);

	/**
	 * The figures of one channel.
	 * @param applications applications that arrived in the period
	 * @param screened of them, those that were ever SCREENED
	 * @param interviewed those that ever reached AI_INTERVIEW or INTERVIEWS
	 * @param offers those that ever reached OFFER
	 * @param hires those that were HIRED
	 * @param conversion each stage's count relative to the stage before it
	 * @param totalCost what the channel charged for these applications
	 * @param costPerHire total cost divided by hires, or null without hires
	 * @param medianDaysToHire median days from arrival to HIRED over the hires, or null without hires
	 */
	record ChannelEffectiveness(Channel channel, long applications, long screened, long interviewed, long offers,
			long hires, Conversion conversion, BigDecimal totalCost, BigDecimal costPerHire,
			BigDecimal medianDaysToHire) {
	}

	/**
	 * Stage-to-stage rates between 0 and 1 (four decimals), each null when the stage before had no applications:
	 * screened / applications, interviewed / screened, offers / interviewed, hires / offers.
	 */
	record Conversion(BigDecimal screened, BigDecimal interviewed, BigDecimal offers, BigDecimal hires) {
	}
}
