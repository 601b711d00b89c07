/*
 * CaseDesk's additions to Tasklist (loaded through requireJsConfig in config.js):
 *
 * - Sorting: the desk's queues are worked by priority (highest first), then due date (soonest
 *   first). The desk's filters carry no sorting of their own, so the sort bar shows exactly what the
 *   list is sorted by; this makes "priority, then due date" the starting point whenever the address
 *   names no sorting (Tasklist's own default is "created, newest first"). A sorting the person picks
 *   stays as picked.
 * - Dates: relative dates ("due in 2 days") in the language of Tasklist's texts on every page load.
 *   Tasklist applies its locale file's date texts only when it fetches that file for the first time;
 *   later loads take the texts from its cache and leave the dates in English.
 * - Documents: a case's documents, linked from the form header, open in a new tab, so the task and
 *   its form stay where they are.
 */
define('casedesk-tasklist', ['angular'], function(angular) {
  'use strict';

  var DESK_SORTING = JSON.stringify([
    {sortBy: 'priority', sortOrder: 'desc'},
    {sortBy: 'dueDate', sortOrder: 'asc'}
  ]);

  var ngModule = angular.module('casedesk.tasklist', []);

  document.addEventListener('click', function(event) {
    var link = event.target && event.target.closest && event.target.closest('.fjs-form a[href*="/documents/"]');
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      window.open(link.href, '_blank', 'noopener');
    }
  }, true);

  ngModule.run([
    '$rootScope',
    '$location',
    function($rootScope, $location) {
      function deskSortingUnlessChosen() {
        if ($location.path() === '/' && !$location.search().sorting) {
          $location.search('sorting', DESK_SORTING).replace();
        }
      }
      deskSortingUnlessChosen();
      $rootScope.$on('$locationChangeStart', deskSortingUnlessChosen);
    }
  ]);

  ngModule.run([
    '$rootScope',
    '$http',
    '$injector',
    function($rootScope, $http, $injector) {
      if (!$injector.has('amMoment') || !$injector.has('$translate')) {
        return;
      }
      var amMoment = $injector.get('amMoment');
      var $translate = $injector.get('$translate');
      var appRoot = document.querySelector('base').getAttribute('app-root') || '';
      var dateTexts = {};

      // Tasklist sets the date texts of each locale file it loads as the current ones, the fallback's
      // (English) too, whichever arrives last; so after every load the language in use is applied again.
      function dates() {
        var language = $translate.use() || $translate.proposedLanguage();
        if (!language) {
          return;
        }
        if (dateTexts[language]) {
          amMoment.changeLocale(language, dateTexts[language]);
          return;
        }
        $http.get(appRoot + '/app/tasklist/locales/' + language + '.json').then(function(response) {
          if (response.data && response.data.dateLocales) {
            dateTexts[language] = response.data.dateLocales;
            dates();
          }
        });
      }

      $rootScope.$on('$translateChangeSuccess', dates);
      $rootScope.$on('$translateLoadingSuccess', dates);
      if (typeof $translate.onReady === 'function') {
        $translate.onReady(dates);
      }
      dates();
    }
  ]);

  return ngModule;
});
