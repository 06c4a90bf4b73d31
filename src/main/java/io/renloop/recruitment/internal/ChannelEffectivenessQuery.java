package io.renloop.recruitment.internal;

import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.TenantView;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.Channel;
import io.renloop.recruitment.ChannelAnalytics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * One grouped query over applications and their stage history: per channel, how many applications of the
 * period reached each stage, what they cost, and the median time from arrival to hire.
 */
@Service
class ChannelEffectivenessQuery implements ChannelAnalytics {

	private static final String SQL = """
			select a.channel,
			       count(*) as applications,
			       count(*) filter (where reached.screened) as screened,
			       count(*) filter (where reached.interviewed) as interviewed,
			       count(*) filter (where reached.offered) as offers,
			       count(reached.hired_at) as hires,
			       coalesce(sum(a.cost), 0) as total_cost,
			       percentile_cont(0.5) within group (
			           order by extract(epoch from reached.hired_at - a.created_at) / 86400) as median_days_to_hire
			from recruitment.application a
			cross join lateral (
			    select bool_or(h.to_stage in ('SCREENED', 'AI_INTERVIEW', 'INTERVIEWS', 'OFFER', 'HIRED')) as screened,
			           bool_or(h.to_stage in ('AI_INTERVIEW', 'INTERVIEWS', 'OFFER', 'HIRED')) as interviewed,
			           bool_or(h.to_stage in ('OFFER', 'HIRED')) as offered,
			           min(h.occurred_at) filter (where h.to_stage = 'HIRED') as hired_at
			    from recruitment.application_history h
			    where h.application_id = a.id and h.tenant_id = a.tenant_id) reached
			where a.tenant_id = ? and a.created_at >= ? and a.created_at < ?
			group by a.channel""";

	private static final int RATE_SCALE = 4;

	private final JdbcTemplate jdbc;

	private final TenantAdministration tenants;

	private final Clock clock;

	ChannelEffectivenessQuery(JdbcTemplate jdbc, TenantAdministration tenants, Clock clock) {
		this.jdbc = jdbc;
		this.tenants = tenants;
		this.clock = clock;
	}

	@Override
	public List<ChannelEffectiveness> channels(LocalDate from, LocalDate to) {
		String tenant = TenantContext.require();
		ZoneId zone = tenants.tenant(tenant).map(TenantView::timeZone).map(ZoneId::of).orElse(clock.getZone());
		LocalDate last = to != null ? to : LocalDate.now(clock.withZone(zone));
		LocalDate first = from != null ? from : last.minusMonths(12);
		if (first.isAfter(last)) {
			throw InvalidFieldsException.of("from", "recruitment.analytics.fromAfterTo", first, last);
		}
		Map<Channel, ChannelEffectiveness> found = new EnumMap<>(Channel.class);
		jdbc.query(SQL, (ResultSet row) -> {
			ChannelEffectiveness figures = figures(row);
			found.put(figures.channel(), figures);
		}, tenant, Timestamp.from(first.atStartOfDay(zone).toInstant()),
				Timestamp.from(last.plusDays(1).atStartOfDay(zone).toInstant()));
		return Arrays.stream(Channel.values()).map(c -> found.getOrDefault(c, nothing(c))).toList();
	}

	private static ChannelEffectiveness figures(ResultSet row) throws SQLException {
		long applications = row.getLong("applications");
		long screened = row.getLong("screened");
		long interviewed = row.getLong("interviewed");
		long offers = row.getLong("offers");
		long hires = row.getLong("hires");
		BigDecimal totalCost = row.getBigDecimal("total_cost").setScale(2, RoundingMode.HALF_UP);
		BigDecimal median = row.getBigDecimal("median_days_to_hire");
		return new ChannelEffectiveness(Channel.valueOf(row.getString("channel")), applications, screened, interviewed,
				offers, hires,
				new Conversion(rate(screened, applications), rate(interviewed, screened), rate(offers, interviewed),
						rate(hires, offers)),
				totalCost, hires == 0 ? null : totalCost.divide(BigDecimal.valueOf(hires), 2, RoundingMode.HALF_UP),
				median == null ? null : median.setScale(1, RoundingMode.HALF_UP));
	}

	private static ChannelEffectiveness nothing(Channel channel) {
		return new ChannelEffectiveness(channel, 0, 0, 0, 0, 0, new Conversion(null, null, null, null),
				BigDecimal.ZERO.setScale(2), null, null);
	}

	private static BigDecimal rate(long reached, long before) {
		return before == 0 ? null
				: BigDecimal.valueOf(reached).divide(BigDecimal.valueOf(before), RATE_SCALE, RoundingMode.HALF_UP);
	}
}
