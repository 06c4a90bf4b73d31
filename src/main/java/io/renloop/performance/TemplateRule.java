package io.renloop.performance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Gives the people of one position, or of one department's subtree, a template of their own within a cycle. A
 * position's rule wins over a department's, the nearest department up the tree over those above it, and the people
 * no rule names follow the cycle's template.
 *
 * @param positionId the position whose holders follow the template; or
 * @param departmentId the department whose subtree follows it (exactly one of the two)
 */
public record TemplateRule(@NotBlank @Size(max = 40) String templateCode, UUID positionId, UUID departmentId) {
}
