// takeRecords empties the queue (the callback is then not called for them); disconnect drops
// pending records; observing again replaces the options.
const el = document.createElement('div');
const mo = new MutationObserver((records) => console.log('callback with', records.length, records.map((r) => r.attributeName).join(',')));
mo.observe(el, { attributes: true });
el.setAttribute('a', '1');
el.setAttribute('b', '1');
console.log('took', mo.takeRecords().map((r) => r.attributeName).join(','));
el.setAttribute('c', '1');
setTimeout(() => {
  el.setAttribute('d', '1');
  mo.disconnect();
  el.setAttribute('e', '1');
  mo.observe(el, { attributes: true, attributeFilter: ['g'] });
  el.setAttribute('f', '1');
  el.setAttribute('g', '1');
}, 0);
try { mo.observe(el, {}); } catch (e) { console.log(e.name, e.message); }
try { mo.observe(el, { attributeOldValue: true, attributes: false }); } catch (e) { console.log(e.name, e.message); }
