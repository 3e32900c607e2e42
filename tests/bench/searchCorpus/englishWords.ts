/**
 * The 2,000 commonest English words of Reuters-21578 bodies, most frequent
 * first (words mostly written in lower case, so no names; wire shorthand such
 * as "mln" and "pct" left out). The generated fallback puts them at the head
 * of its Zipf vocabulary so that text without the corpus still reads as
 * English where it matters to search: stop words, common terms, prefixes.
 */
export const ENGLISH_WORDS: readonly string[] = (
  'the of to and said in a for it on is that from its by will be at with year was he has company as an would not ' +
  'which but are this have new were last one had market or stock also they about loss shares two up share been ' +
  'trade government more oil sales first after debt than over other profit three per their price prices banks ' +
  'group interest no told some foreign if week rate agreement under could quarter tonnes today five tax there ' +
  'president all expected against dollar month due total years common offer added into financial economic world ' +
  'production board because rates trading rose end increase between meeting current officials when made spokesman ' +
  'capital six earlier four industry now record issue while system major through months time any business his ' +
  'companies sources investment only next official growth chairman markets countries should yen credit rise nine ' +
  'out statement state since who unit cash before analysts stg exports term report down agreed loan earnings plan ' +
  'products period further yesterday central budget fell sale long operations set can money cut such program ' +
  'based public compared export lower day currency most each high reported offering take higher announced ' +
  'management domestic loans during plans deficit development non bond around buy did contract talks ago both ' +
  'shareholders same annual subsidiary policy seven economy make committee being so lead assets including dealers ' +
  'part country terms owned ended demand outstanding gas proposed futures firm imports investors still prior ' +
  'recent used commercial early sold bonds income sell wheat well off service includes increased second likely ' +
  'value our basis these banking eight continue average level private operating fiscal available third ' +
  'acquisition days dividend expects fall industrial held half until marks payments funds do traders chief ' +
  'services previously support another senior much full use news mths those figures executive called gain date ' +
  'firms notes surplus reserves cost estimated amount purchase them short very agency manager help already plant ' +
  'what previous close stocks say many supply approved results open action bill gold stake preferred ' +
  'administration here several move selling costs tender farm result francs include issued noted asked must ' +
  'proposal future bid output following point payment sector low sugar decision possible nil div merger declined ' +
  'less levels line reduce bankers conference strong approval received decline largest deal issues financing ' +
  'convertible number computer offered change losses members nations joint profits power within might crude ' +
  'debentures currently back additional later index product inflation late large effective according far points ' +
  'units way vice completed signed local work control revenues grain own provide paper filed below whether ' +
  'producers equity coffee making data weeks start although priced worth bought problems order comment forecast ' +
  'put reporters meet workers corn paid past position planned acquire account drop spending least goods options ' +
  'measures member office certain give reached range does cents without negotiations division acquired raised ' +
  'analyst even need plus good de special equipment accord final subordinated contracts led subject above people ' +
  'just among real despite marketing coupon see balance think proceeds saying details director remain officer ' +
  'fourth closed continued show option crop conditions raise given buying reduced corporate holding venture then ' +
  'initial near area recently how consumer effect split scheduled rights food pressure technology base import ' +
  'ministers go facility orders package target bpd expect small bills gains too where farmers research changes ' +
  'mark intervention come adjusted volume few little lending present taken main economists working yield addition ' +
  'information name series free barrels right going allow proposals showed get transaction daily tomorrow receive ' +
  'become press political hold morning pact quoted latest areas manufacturing re yet payable force former adding ' +
  'letter return revised fixed law soon revenue began named strike barrel takeover project like leading steel ' +
  'needed existing deposits review case key tonne seeking probably begin unchanged telephone head rising taking ' +
  'capacity decided impact gave warrants traded situation cuts directors tariffs included creditors natural ' +
  'reduction agricultural construction us restructuring response limited problem better holders policies car ' +
  'place turnover sterling repurchase heavy reform increases cars agreements currencies underwriting class top ' +
  'immediately drug extraordinary ending sharp related want believe charge combined issuing able you don par ' +
  'overseas stores mainly study operation exploration aid slightly seek potential call growing soybean purchases ' +
  'ahead similar principal significant dollars discount form filing distribution involved hit shareholder rules ' +
  'times legislation figure ruling reports quota continuing again act customers boost almost rather certificates ' +
  'she institutions efforts won personal excludes performance mortgage mid land seen delivery listed developing ' +
  'respectively investor cocoa light brokers taxes increasing cover difficult network war concern consider ' +
  'investments overall sharply settlement enough partnership announcement gross liquidity produce produced ' +
  'producer discontinued quotas raising expansion lines disclosed caused remaining transactions deposit pre ' +
  'parent businesses took employees process crisis paying mine franc improved credits greater interests vote risk ' +
  'keep introduced estimates session opposition request night extended nearly retail closing limit important ' +
  'northern medium projects shipments regulatory majority television required substantial post longer beginning ' +
  'interview aimed season stability necessary test staff offers nation accounts telecommunications competition ' +
  'declared building run indicated improve view affected reach changed discuss started aircraft failed miles ' +
  'provided opening competitive charges tons software newspaper source producing designed bring opened came ' +
  'military hard provision minimum health remains activities weather computers buffer cent expand activity clear ' +
  'unless estimate managers formed consumers lost prepared dropped left maintain needs falling quarterly allowed ' +
  'calls means copper field question underwriters stop borrowing hours outside cooperation best flow rejected ' +
  'others programs cannot requirements particularly met fully acquisitions progress reflect leaders pipeline face ' +
  'considering role th primary properties provisions factors believed guaranteed instead recovery facilities ' +
  'improvement operate bankruptcy denominations silver using supplies exporters build accounting consumption suit ' +
  'reason estate eurobond owns either totalled coming shipment undisclosed houses economist factor big subsidies ' +
  'dispute plants port strategy along registration released found step granted developed authorities attempt ' +
  'discussions property delegates believes purchased shipping effort representatives monthly election voting old ' +
  'access considered add fuel unlikely wage develop starting percentage region authorized says seasonally ' +
  'authority planning cited rating remained feet normal direct steady meetings active callable entered specific ' +
  'prospects earned try visit launched legal quality holds worldwide accepted purposes conversion predicted minus ' +
  'accept application covering find dealer electronic wholly pricing advanced claims parts followed beef ' +
  'principle giving benefit groups serious partly fee guilders controls looking water speculation semiconductor ' +
  'weekly spot projected measure rest rice preliminary intends diluted wanted exchanges metal complete ' +
  'spokeswoman technical offset leader known having temporary family possibility itself governments ct outlook ' +
  'asset brokerage posted pretax grow round airline wants periods him cotton placed largely pending creditor ' +
  'require biggest single premium nuclear drilling speech ounces transfer rated maximum crops assistance buyers ' +
  'lbs equal protection winter subcommittee every rubber brought follows dividends positions though completion ' +
  'afternoon immediate awarded towards acres amounts privately reducing especially versus independent generally ' +
  'saw subsidiaries equivalent suspended reflected regional cause whose lot ratio away cumulative expectations ' +
  'laws soybeans together whole confidence carry various trying materials damage moves once newly attack slow ' +
  'summer diplomats maize expenses managed positive urged electronics coal cattle arms reforms forced maturity ' +
  'parties concerned offshore global ability prevent commitment different basic agree restrictions substantially ' +
  'engineering external funding hope rule adjustment done excess weekend pound failure oils relatively stable ' +
  'processing look unemployment negotiating concession structure registered commodities utility avoid totaled ' +
  'valued cutting affect separate release makes benefits hopes forces strength transport feed crowns floor ' +
  'originally trend anti side went rescheduling am ways fact know seat original representing forecasts comparable ' +
  'exercise published backed debts survey managing ships follow repayment ton summit sought resigned customer ' +
  'imposed intent limits quickly warrant charged opinion regular huge auction forward ore weak supported ' +
  'alternative sent warned requirement block controlled interested redemption size jobs actions negative ' +
  'ownership helped calendar significantly running established spread gasoline participation relations represents ' +
  'connection expressed abroad passed rises bids ordinary approximately bonus banker resulting continues bags ' +
  'voted borrowings successful remarks store truck lowered discussed sectors willing trader ounce reorganization ' +
  'provisional spring values palm effects intended protect ready applications grade comments maker yields via ' +
  'confirmed opposed scale storage sanctions thought individual behind list matter makers scheme approve items ' +
  'metals radio shortage larger retaliation invest institutional broker refinery replace extend statements ' +
  'imported hour portion stockholders debtor regulations signs grew wide sign redeem moving margin repay fresh ' +
  'provides lb recession entire developments steps file determined suggested commitments lack definitive resulted ' +
  'hearing stimulate highest hoped cabinet relief ve consortium delayed mean inventory elections optimistic ' +
  'create denied encourage floating smaller traditional associated lire annually built al across tin offices ' +
  'risen cargo harvest care providing course stood sheet chance refused launch exceed anticipated guarantee ' +
  'instruments raw ask toward mostly ship barley panel shortly initially secondary exposure push allowing ranging ' +
  'passenger alleged linked advisory totalling formal components margins employment expenditure declining idea ' +
  'protectionist meat buyout ratings focus obligations soft ceiling possibly condition recorded targets appeared ' +
  'primarily turn appears poll ever vehicles accounted internal multi pension interim enter solution leave ' +
  'nothing difficulties engine operators committed auto advance underlying investigation doing reporting ' +
  'emergency cubic portfolio bad gained restated reflects job adopted demands pesos created acreage fears ' +
  'practices fields strategic upon broad described compares chemicals branch liabilities anything converted ' +
  'signal achieve nominal zinc stage ease material hand directly dealing double resolve really bilateral drive ' +
  'identified negotiate load affiliate movement tough overnight space agencies rand throughout pointed profitable ' +
  'book fire sides my executives operates hectares economies elected widely confident direction establish ' +
  'missiles appointed expire apply determine treatment announce chip retain responsible reductions extension room ' +
  'particular unable serve strikes status chips join delay exclude ten freeze housing compromise pays involving ' +
  'noting suspension counter body testing decide ordered million increasingly band opportunities campaign rigs ' +
  'excluding sole resume success consideration kind maturing sees preference impose ensure repayments cases ' +
  'applied talk threatened unions approach membership underwriter evidence lowest achieved bringing appropriate ' +
  'affirmed reaction bushels rumors secured borrowers modest users strongly team centre participants combination ' +
  'enable aide labor moderate stay debate shift model placement closely why setting speculative choice police ' +
  'comes carried carries textile complex beyond growers things partner reasons mutual clearing decisions bourse ' +
  'programme eased sentiment initiative design stronger fair advantage subsidy syndicate shelf businessmen ' +
  'inventories lenders recommendation depressed averaged listing jointly break themselves leaving deregulation ' +
  'renewed lease wells row allows ruled regulators bulk wholesale located delivered clearly except halt declines ' +
  'standards certificate contributed never stand rain vegetable alone disclose extent scandal surpluses ' +
  'uncertainty minority severe unfair compete employers unch environment patent presented hurt weakness live ' +
  'carrying moved thus therefore write link presidential became reflecting begun grace semiconductors extremely ' +
  'hands formerly obtain actual aim zero communique duties submitted advances duty models veto freight ventures ' +
  'speed written calling attractive concluded maturities black certainly trucks opportunity imbalances requested ' +
  'covered let arrangement promote goal extra vehicle traffic merchant shows drought deals fallen curb permit ' +
  'lift deliveries getting intention draft amendment dry showing card something acquiring nor profitability ' +
  'expanded damages semi ban buyer eventually appeal grains highly negotiated tranche phase introduction ' +
  'virtually gap recommended sorghum joined works machinery decrease corporations introduce pressures site sure ' +
  'collapse dairy tariff spend kept fats tendered attributed often gives operated pace guarantees got takes ' +
  'insider represented complaint fast upward recapitalization feel clients threat detailed meant parliamentary ' +
  'contribution disease faced killed appear stabilise fundamentals planted represent experts exporting ' +
  'maintenance distributed improving mill accrued schedule specialty offerings rapid media vessels expanding ' +
  'workforce flexibility fairly risks conducted elaborate reference seriously headquarters missile concerns ' +
  'branches returned seems self easier license acting starts agent thing attention earthquake movements centers ' +
  'integrated officers always example obtained participate incentives exported refining denominated smelter ' +
  'assembly protest shut requires falls circumstances considerable waiting depreciation expenditures grant ' +
  'excessive adequate deficits refined stabilize blood alternatives proceed hotels depending adjustments grades ' +
  'remainder welcomed front owners narrow boosted unsecured widespread headed stressed station version massive ' +
  'tests flight wages brief fear flights stopped airport pursue cold powers quarters wait balances distance pork ' +
  'prompted maintained seats dumping performing liability convert intervened electrical bit reasonable questions ' +
  'practice suffered stated spent expiration win barriers ports terminal entry eliminate shortfall meal shown ' +
  'tight felt core trades rd frozen address studies appreciation electricity merge effectively earn borrower ' +
  'outcome strengthen ends worked sufficient occurred shipped individuals ll cities stations retained ' +
  'manufacturer hog recover simply concentrate documents factory'
).split(' ');
