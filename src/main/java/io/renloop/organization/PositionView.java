package io.renloop.organization;

import java.util.UUID;

/**
 * A position (岗位) such as 安全工程师, in a job family.
 */
public record PositionView(UUID id, String code, String name, UUID jobFamilyId, String jobFamilyName, String grade) {
}
