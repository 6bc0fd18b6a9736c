/* Phasegate gate configuration form: keeps the JSON box and the form from fighting.
 * Works without this script too; the server builds the configuration from the form fields. */
(function ($) {
    'use strict';
    $(function () {
        var $advanced = $('input[name="useAdvanced"]');
        var $json = $('#phasegate-advanced');
        function sync() {
            $json.prop('readonly', !$advanced.is(':checked'));
        }
        $advanced.on('change', sync);
        sync();
    });
}(AJS.$));
