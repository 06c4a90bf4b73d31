package io.renloop.organization;

import java.util.UUID;

/** A job family (职族) grouping positions, e.g. 工程技术. */
public record JobFamilyView(UUID id, String code, String name) {
}
