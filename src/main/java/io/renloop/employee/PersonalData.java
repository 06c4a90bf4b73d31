package io.renloop.employee;

/**
 * The personal data of an employee, masked unless revealed.
 *
 * @param idNumber PRC resident ID, e.g. {@code 110105********002X} when masked
 * @param bankAccount salary account
 * @param birthDate ISO date
 * @param address home address
 * @param phone mobile number, e.g. {@code 138****5678} when masked
 * @param masked whether the values are masked
 */
public record PersonalData(String idNumber, String bankAccount, String birthDate, String address, String phone,
		boolean masked) {
}
