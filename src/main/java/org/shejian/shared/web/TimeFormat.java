package org.shejian.shared.web;

import java.time.Instant;

import org.shejian.shared.Dates;

import org.springframework.stereotype.Component;

/**
 * Shows stored UTC instants in Asia/Shanghai; pages call it as
 * {@code @timeFormat.format(...)}.
 */
@Component("timeFormat")
public class TimeFormat {

	public String format(Instant instant) {
		return (instant != null) ? Dates.DISPLAY.format(instant) : "";
	}

}
