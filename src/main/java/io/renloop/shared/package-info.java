/**
 * Shared value types (ids, paging, identity numbers) used by every module; no Spring beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.renloop.shared;
