/**
 * Demo: seeds the demo tenants (示例能源集团 and Acme) into an empty database when {@code RENLOOP_DEMO=true}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package io.renloop.demo;
