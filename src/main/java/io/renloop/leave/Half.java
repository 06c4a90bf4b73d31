package io.renloop.leave;

/** The half of a working day a leave starts or ends on: the morning (AM) or the afternoon (PM). */
public enum Half {
	AM, PM
}
