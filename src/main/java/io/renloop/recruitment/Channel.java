package io.renloop.recruitment;

/**
 * Where an application came from: 猎聘, BOSS直聘, 前程无忧, an employee referral, the careers page, campus
 * recruiting or anything else.
 */
public enum Channel {
	LIEPIN, BOSS, QIANCHENG, REFERRAL, CAREERS_PAGE, CAMPUS, OTHER
}
