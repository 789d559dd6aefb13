package org.shejian.map;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A collection campaign: the city centre asks the streets and communities of a subtree to
 * submit their service items and guides by a date.
 *
 * @param id the campaign's number
 * @param title what is asked, in a line
 * @param instructions what to submit and how, as written
 * @param scopeUnitId the unit whose streets and communities are asked
 * @param streets whether street-level units are asked
 * @param communities whether community-level units are asked
 * @param deadline the last day to submit (in Beijing time)
 * @param openedBy who opened it
 * @param openedAt when
 * @param closedAt when it was closed, {@code null} while open
 * @param version the optimistic version
 */
public record Campaign(long id, String title, String instructions, long scopeUnitId, boolean streets,
		boolean communities, LocalDate deadline, String openedBy, Instant openedAt, Instant closedAt, int version) {

	public boolean isOpen() {
		return this.closedAt == null;
	}

}
