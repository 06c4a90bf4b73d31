package io.renloop.shared;

import java.time.LocalDate;
import java.util.Optional;

/** The kinds of identity and account numbers a form or an integrator may ask to validate. */
public enum IdentityNumberType {

	/** The 18-character PRC resident identity number, see {@link PrcResidentId}. */
	PRC_RESIDENT_ID {
		@Override
		public Optional<String> problem(String value, LocalDate today) {
			return value == null || value.isBlank() ? Optional.of("validation.prcId.required")
					: PrcResidentId.problem(value.strip(), today);
		}
	},

	/** A passport number, see {@link PassportNumber}. */
	PASSPORT {
		@Override
		public Optional<String> problem(String value, LocalDate today) {
			return PassportNumber.problem(value);
		}
	},

	/** A bank card number, see {@link BankCardNumber}. */
	BANK_CARD {
		@Override
		public Optional<String> problem(String value, LocalDate today) {
			return BankCardNumber.problem(value);
		}
	};

	/**
	 * @param today the date against which a birth date must not lie in the future
	 * @return the message key ({@code validation.*}) of the first problem found, or empty when the value is valid
	 */
	public abstract Optional<String> problem(String value, LocalDate today);
}
