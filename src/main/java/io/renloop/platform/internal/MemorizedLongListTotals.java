package io.renloop.platform.internal;

import io.renloop.platform.LongListTotals;
import io.renloop.platform.TenantContext;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongUnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Remembers per node and tenant the lists found at least as long as the limit, for {@link #REMEMBERED_FOR}. The
 * memory is a technical cache, so it runs on the monotonic {@link System#nanoTime()}, not on the business clock.
 */
@Component
class MemorizedLongListTotals implements LongListTotals {

	/** How long a list is taken to be still longer than the limit without counting it again. */
	static final Duration REMEMBERED_FOR = Duration.ofSeconds(30);

	/** At most this many lists are remembered; beyond it the memory starts over. */
	static final int MAX_REMEMBERED = 10_000;

	/** Until when (nanoTime) each list is known to be long. */
	private final Map<String, Long> longUntil = new ConcurrentHashMap<>();

	@Override
	public long countUpTo(String list, long limit, LongUnaryOperator countUpTo) {
		String key = TenantContext.require() + '\u0000' + list;
		long now = System.nanoTime();
		Long until = longUntil.get(key);
		if (until != null && now - until < 0) {
			return limit;
		}
		long counted = countUpTo.applyAsLong(limit);
		if (counted >= limit) {
			if (longUntil.size() >= MAX_REMEMBERED) {
				longUntil.clear();
			}
			longUntil.put(key, now + REMEMBERED_FOR.toNanos());
		}
		else if (until != null) {
			longUntil.remove(key);
		}
		return counted;
	}
}
