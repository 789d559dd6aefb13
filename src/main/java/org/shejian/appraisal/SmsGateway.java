package org.shejian.appraisal;

/**
 * Sends a text message to a mobile number. The first bean in bean order is used; without
 * one configured, the codes are written to the log (development only).
 */
public interface SmsGateway {

	/**
	 * Sends the message.
	 * @param phone the normalised 11-digit mainland number
	 * @param message the text, already in the recipient's language
	 */
	void send(String phone, String message);

}
