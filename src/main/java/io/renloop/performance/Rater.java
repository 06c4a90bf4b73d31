package io.renloop.performance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/** A person asked for 360 feedback and how they work with the reviewed employee. */
public record Rater(@NotNull UUID employeeId, @NotNull @Pattern(regexp = "PEER|REPORT|MANAGER") String relation) {
}
