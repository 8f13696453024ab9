// Opens the live page in Debian's headless Chromium and checks what a reader sees.
// Usage: node live_page.mjs PAGE_URL SEED_ARTICLE_ID ARTIFACTS_DIR
// Prints "connected" once the page is live (the caller then feeds the articles), exits 0 when every
// check passed, and 1 with the reason on stderr otherwise. Screenshots go to ARTIFACTS_DIR.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [pageUrl, seedId, artifacts] = process.argv.slice(2);
const EXPECTED = [["arms_delivery", "GBR>UKR"], ["troop_buildup", "RUS>UKR"], ["sanctions", "USA>RUS"]];
const ALERTS_WAIT_MS = 180_000;
// This machine has no network: nothing may try to reach one.
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const card = (page, type, dyad) =>
  page.locator(`li.alert[data-type="${type}"][data-dyad="${dyad}"]`).filter({hasText: seedId});

async function run(page, problems) {
  await page.goto(pageUrl);
  await page.locator('#status[data-state="live"]').waitFor({timeout: 60_000});
  console.log("connected");

  for (const [type, dyad] of EXPECTED) {
    await card(page, type, dyad).first().waitFor({state: "attached", timeout: ALERTS_WAIT_MS})
      .catch(() => { throw new Error(`no ${type} ${dyad} alert from ${seedId} in the feed`); });
  }
  const troops = card(page, "troop_buildup", "RUS>UKR").first();
  check(/severe|extreme|moderate|minor/i.test(await troops.locator(".severity").innerText()),
        "the severity is written out, not only coloured");

  const label = page.locator('#chart g.series[data-dyad="RUS>UKR"] text.label');
  await label.waitFor({state: "visible"});
  check((await label.textContent()).startsWith("RUS>UKR"), "the chart labels the RUS>UKR line");
  check(await page.locator('#chart g.series[data-dyad="RUS>UKR"] polyline').count() === 1,
        "the chart draws a RUS>UKR line");

  // an update re-renders the card: a click landing on the card it replaces opens nothing, so click again
  for (let tries = 0; tries < 5 && !(await troops.locator("details").evaluate((d) => d.open)); tries++) {
    await troops.locator("summary").click();
    await page.waitForTimeout(500);
  }
  const source = troops.locator(".evidence .origin", {hasText: seedId}).first();
  await source.waitFor({state: "visible"});
  const link = source.locator("a");
  check((await link.getAttribute("href")).startsWith("https://www.theguardian.com/"),
        "the evidence links to the source article");
  check((await link.innerText()).includes("The Guardian"), "the link names the outlet");

  await page.selectOption('select[name="type"]', "sanctions");
  check(await page.locator('li.alert[data-type="arms_delivery"]').count() === 0, "the type filter hides other types");
  check(await card(page, "sanctions", "USA>RUS").count() > 0, "the type filter keeps its type");
  await page.selectOption('select[name="type"]', "");
  await page.selectOption('select[name="severity"]', "Extreme");
  check(await page.locator('li.alert:not([data-severity="Extreme"])').count() === 0,
        "the severity filter hides lesser alerts");
  await page.selectOption('select[name="severity"]', "");
  await page.selectOption('select[name="country"]', "GBR");
  check(await page.locator('li.alert[data-type="troop_buildup"][data-dyad="RUS>UKR"]').count() === 0,
        "the country filter hides other countries' dyads");
  check(await card(page, "arms_delivery", "GBR>UKR").count() > 0, "the country filter keeps its dyads");
  await page.selectOption('select[name="country"]', "");

  // an update may re-render the card while it is scrolled to: scroll to the card that replaced it
  for (let tries = 0; ; tries++) {
    try {
      await troops.scrollIntoViewIfNeeded({timeout: 5_000});
      break;
    } catch (error) {
      if (tries >= 4) throw error;
    }
  }
  await page.screenshot({path: join(artifacts, "live-page-desktop.png")});
  await page.setViewportSize({width: 390, height: 844});
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({path: join(artifacts, "live-page-phone.png")});
  check(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        "nothing overflows a phone's width");
  check(problems.length === 0, `the page reported errors: ${problems.join("; ")}`);
}

mkdirSync(artifacts, {recursive: true});
const profile = mkdtempSync(join(tmpdir(), "wirewatch-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium", headless: true, args: FLAGS, viewport: {width: 1280, height: 900}});
const page = context.pages()[0] ?? await context.newPage();
const problems = [];
page.on("pageerror", (error) => problems.push(String(error)));
let code = 0;
try {
  await run(page, problems);
} catch (error) {
  await page.screenshot({path: join(artifacts, "live-page-failure.png"), fullPage: true}).catch(() => {});
  console.error(`live page check failed: ${error.message}`);
  code = 1;
} finally {
  await context.close();
  rmSync(profile, {recursive: true, force: true});
}
process.exit(code);
