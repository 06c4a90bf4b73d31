/**
 * Analytics: dashboards over the other modules' data (headcount, structure; later turnover, hiring, pay).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package io.renloop.analytics;
