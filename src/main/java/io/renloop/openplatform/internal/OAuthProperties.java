package io.renloop.openplatform.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's settings of OAuth2 client credentials ({@code renloop.oauth}).
 *
 * @param tokenTtl how long an issued bearer token works
 * @param rateLimit requests one client may make in a burst; 0 switches the limit off
 * @param ratePerMinute requests per minute that refill a client's burst
 */
@ConfigurationProperties("renloop.oauth")
record OAuthProperties(@DefaultValue("1h") Duration tokenTtl, @DefaultValue("120") int rateLimit,
		@DefaultValue("120") int ratePerMinute) {
}
