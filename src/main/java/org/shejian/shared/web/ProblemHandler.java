package org.shejian.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shejian.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns failures into answers in the caller's language: RFC 9457 problem details under
 * {@code /api}, the error page elsewhere. Raw exception text never reaches the caller.
 */
@ControllerAdvice
class ProblemHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemHandler.class);

	private final ProblemResponses problems;

	ProblemHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@ExceptionHandler(Problem.class)
	Object problem(Problem problem, HttpServletRequest request, HttpServletResponse response) {
		return answer(problem, request, response);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request, HttpServletResponse response) {
		boolean tooLarge = ex.getCause() instanceof BodySizeLimitFilter.BodyTooLargeException
				|| String.valueOf(ex.getMessage()).contains("BodyTooLarge");
		return answer(
				tooLarge ? new Problem(HttpStatus.CONTENT_TOO_LARGE, "request.tooLarge", BodySizeLimitFilter.LIMIT)
						: Problem.invalid("request.malformed"),
				request, response);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	Object badParameter(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ((MissingServletRequestParameterException) ex).getParameterName();
		return answer(Problem.invalid("request.parameter", name), request, response);
	}

	@ExceptionHandler(BindException.class)
	Object binding(BindException ex, HttpServletRequest request, HttpServletResponse response) {
		var field = ex.getFieldError();
		return answer(Problem.invalid("request.parameter", (field != null) ? field.getField() : ex.getObjectName()),
				request, response);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object mediaType(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.mediaType"), request, response);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object method(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(new Problem(HttpStatus.METHOD_NOT_ALLOWED, "request.method"), request, response);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object upload(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(new Problem(HttpStatus.CONTENT_TOO_LARGE, "upload.tooLarge"), request, response);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object notFound(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI();
		if (path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.startsWith("/webjars/")) {
			return ResponseEntity.notFound().build();
		}
		return answer(Problem.notFound("page.notFound"), request, response);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object stale(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(Problem.conflict("record.stale", "-"), request, response);
	}

	private Object answer(Problem problem, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = this.problems.locale(request);
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail detail = this.problems.of(problem, locale);
			return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
		}
		if (problem.status().is5xxServerError()) {
			logger.error("Request {} failed: {}", request.getRequestURI(), problem.messageKey());
		}
		response.setStatus(problem.status().value());
		ModelAndView page = new ModelAndView("error");
		page.setStatus(problem.status());
		page.addObject("status", problem.status().value());
		page.addObject("message", this.problems.text(problem, locale));
		page.addObject("details", problem.details().stream().map((d) -> this.problems.text(d, locale)).toList());
		return page;
	}

}
