// The tests drive Debian's firefox-esr; puppeteer must never download a browser of its own.
module.exports = {skipDownload: true};
