/* Phasegate project set-up page: once the Apply form is sent, its button is disabled, so a double
 * click sends one request. The server refuses a second apply while one runs anyway. */
(function ($) {
    'use strict';
    $(document).on('submit', '#phasegate-setup-apply', function () {
        $(this).find('button[type="submit"]').prop('disabled', true).attr('aria-disabled', 'true');
    });
}(AJS.$));
