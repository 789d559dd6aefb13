package org.shejian.requests.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shejian.requests.Requests;
import org.shejian.requests.ServiceRequest;
import org.shejian.requests.ServiceRequest.Status;
import org.shejian.shared.Actor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff's queue of requests as JSON, within the signed-in user's scope.
 */
@RestController
@Tag(name = "requests", description = "Residents' requests held within the caller's scope")
class RequestApiController {

	private final Requests requests;

	RequestApiController(Requests requests) {
		this.requests = requests;
	}

	@GetMapping("/api/v1/requests")
	@Operation(summary = "Requests held by the caller's unit or below, those due first first")
	List<ServiceRequest> queue(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Status status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.requests.queue(actor, status, page, size);
	}

	@GetMapping("/api/v1/requests/{id}")
	@Operation(summary = "A request with the resident's contact and its history")
	Requests.StaffView request(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.requests.staffView(actor, id);
	}

	@PostMapping("/api/v1/requests/{id}/answer")
	@Operation(summary = "Answer the resident; the request stays open")
	ServiceRequest answer(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Note note) {
		return this.requests.answer(actor, id, note.note());
	}

	@PostMapping("/api/v1/requests/{id}/close")
	@Operation(summary = "Close the request with a note the resident sees")
	ServiceRequest close(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Note note) {
		return this.requests.close(actor, id, note.note());
	}

	/** The note of an answer or a closing. */
	record Note(String note) {
	}

}
