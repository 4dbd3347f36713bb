// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// ExitManagerMetaData contains all meta data concerning the ExitManager contract.
var ExitManagerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_checkpoints\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"exitHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"withdrawer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"rootToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Exited\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"WITHDRAW_EVENT_SIG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"checkpoints\",\"outputs\":[{\"internalType\":\"contractIHeaderBlocks\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"childToRoot\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"exit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rootToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"childToken\",\"type\":\"address\"}],\"name\":\"mapToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"processedExits\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a034608057601f61190a38819003918201601f19168301916001600160401b03831184841017608457808492602094604052833981010312608057516001600160a01b038116908190036080576080525f80546001600160a01b03191633179055604051611871908161009982396080518181816101a4015261102d0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80633805550f14610084578063474002691461007f5780635a48c0b01461007a578063607f2d42146100755780638da5cb5b146100705780639d6fa31f1461006b5763eefc1e6514610066575f80fd5b610263565b610229565b610202565b6101d3565b61018f565b6100f5565b346100e05760203660031901126100e05760043567ffffffffffffffff81116100e057366023820112156100e057806004013567ffffffffffffffff81116100e05736602482840101116100e05760246100de92016106d0565b005b5f80fd5b6001600160a01b038116036100e057565b346100e05760403660031901126100e057600435610112816100e4565b6024359061011f826100e4565b5f546001600160a01b0316330361015d576001600160a01b039182165f90815260016020526040902080546001600160a01b03191691909216179055005b60405162461bcd60e51b815260206004820152600a60248201526937b7363c9037bbb732b960b11b6044820152606490fd5b346100e0575f3660031901126100e0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100e05760203660031901126100e0576004355f526002602052602060ff60405f2054166040519015158152f35b346100e0575f3660031901126100e0575f546040516001600160a01b039091168152602090f35b346100e0575f3660031901126100e05760206040517f67b714876402c93362735688659e2283b4a37fb21bab24bc759ca759ae851fd88152f35b346100e05760203660031901126100e057600435610280816100e4565b60018060a01b03165f526001602052602060018060a01b0360405f205416604051908152f35b634e487b7160e01b5f52604160045260245ffd5b6040810190811067ffffffffffffffff8211176102d657604052565b6102a6565b90601f8019910116810190811067ffffffffffffffff8211176102d657604052565b6040519061030c6040836102db565b565b67ffffffffffffffff81116102d657601f01601f191660200190565b9291926103368261030e565b9161034460405193846102db565b8294818452818301116100e0578281602093845f960137010152565b1561036757565b60405162461bcd60e51b81526020600482015260116024820152707061796c6f61643a203130206974656d7360781b6044820152606490fd5b634e487b7160e01b5f52603260045260245ffd5b8051600210156103c45760600190565b6103a0565b8051600810156103c4576101200190565b8051600910156103c4576101400190565b8051600610156103c45760e00190565b8051600710156103c4576101000190565b8051600510156103c45760c00190565b8051600310156103c45760800190565b8051156103c45760200190565b8051600110156103c45760400190565b8051600410156103c45760a00190565b8051601010156103c4576102200190565b80518210156103c45760209160051b010190565b604093926020928252805192839101602083015e019060208201520190565b156104a457565b60405162461bcd60e51b8152602060048201526016602482015275195e1a5d08185b1c9958591e481c1c9bd8d95cdcd95960521b6044820152606490fd5b156104e957565b60405162461bcd60e51b815260206004820152601560248201527434b73b30b634b2103932b1b2b4b83a10383937b7b360591b6044820152606490fd5b9081518110156103c4570160200190565b1561053e57565b60405162461bcd60e51b81526020600482015260146024820152736c6567616379207265636569707473206f6e6c7960601b6044820152606490fd5b1561058157565b60405162461bcd60e51b815260206004820152600b60248201526a6e6f2073756368206c6f6760a81b6044820152606490fd5b156105bb57565b60405162461bcd60e51b815260206004820152601060248201526f1d1bdad95b881b9bdd081b585c1c195960821b6044820152606490fd5b156105fa57565b60405162461bcd60e51b815260206004820152600e60248201526d6e6f74206120776974686472617760901b6044820152606490fd5b1561063757565b60405162461bcd60e51b815260206004820152601060248201526f34b73b30b634b2103932b1b2b4bb32b960811b6044820152606490fd5b908160209103126100e0575180151581036100e05790565b6040513d5f823e3d90fd5b1561069957565b60405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b6044820152606490fd5b6108366106f56106f06106eb61084d946107bb96369161032a565b610a0c565b610ba2565b610702600a825114610360565b61083c6108366108316106f061072061071a866103b4565b51610ca0565b946107ff6107fa610739610733846103c9565b51610d5d565b6107ce61074861071a866103da565b996107c88b61076f61077d61075c87610dd8565b926040519283916020830195888761047e565b03601f1981018352826102db565b5190209e8f6107ad6107a86107a461079d845f52600260205260405f2090565b5460ff1690565b1590565b61049d565b5f52600260205260405f2090565b805460ff19166001179055565b85610ff1565b6107da610733856103eb565b936107f361071a6107ed610733846103fb565b9261040c565b918561121b565b6104e2565b6106eb60c060ff6108296108236108158661042c565b516001600160f81b03191690565b60f81c90565b161015610537565b61041c565b51610ba2565b6108488151831061057a565b61046a565b6001600160a01b0361089d61089061087761086b8061071a8761042c565b6001600160a01b031690565b6001600160a01b03165f90815260016020526040902090565b546001600160a01b031690565b16916108aa8315156105b4565b6108fc61071a6108f661086b61086b61071a6108c861083689610439565b6003815114806109bb575b6108dc906105f3565b6108f16108eb61071a836103b4565b15610630565b610439565b936103b4565b60405163a9059cbb60e01b81526001600160a01b03841660048201526024810182905290926020826044815f895af19081156109b657610968610982927ffc9be36f7b15632067d515fb09748bd236c4b1a292add5dfe70e5f5be491b512945f91610987575b50610692565b6040519485526001600160a01b0316939081906020820190565b0390a4565b6109a9915060203d6020116109af575b6109a181836102db565b81019061066f565b5f610962565b503d610997565b610687565b506108dc7f67b714876402c93362735688659e2283b4a37fb21bab24bc759ca759ae851fd86109ec61071a8461042c565b1490506108d3565b60405190610a01826102ba565b5f6020838281520152565b90610a156109f4565b506020820191610a3e815160405190610a2d826102ba565b8582526020820152938251906115f7565b905103610a4757565b60405162461bcd60e51b8152602060048201526013602482015272726c703a20747261696c696e6720627974657360681b6044820152606490fd5b634e487b7160e01b5f52601160045260245ffd5b9060208201809211610aa457565b610a82565b6001019081600111610aa457565b9060018201809211610aa457565b91908201809211610aa457565b5f198114610aa45760010190565b5f19810191908211610aa457565b91908203918211610aa457565b67ffffffffffffffff81116102d65760051b60200190565b90610b1d82610afb565b610b2a60405191826102db565b8281528092610b3b601f1991610afb565b01905f5b828110610b4b57505050565b602090610b566109f4565b82828501015201610b3f565b15610b6957565b60405162461bcd60e51b81526020600482015260116024820152703936381d103634b9ba1037bb32b9393ab760791b6044820152606490fd5b610bab816116ad565b15610c6957610bb990611742565b610bc68293929184610ac5565b905f935b828110610c435750610bdb84610b13565b935f905b808210610bf35750509061030c9114610b62565b9091610c3b81610c0e610c0860019488610aee565b826115f7565b90610c176102fd565b818152826020820152610c2a878b61046a565b52610c35868a61046a565b50610ac5565b920190610bdf565b610c5d81610c57610c08610c639487610aee565b90610ac5565b94610ad2565b93610bca565b60405162461bcd60e51b815260206004820152600f60248201526e1c9b1c0e881b9bdd0818481b1a5cdd608a1b6044820152606490fd5b90610cab5f92610d5d565b6020815111610cf1575f925b8151841015610cec5760019060081b610ce3610cdd610cd68786610526565b5160f81c90565b60ff1690565b17930192610cb7565b925050565b60405162461bcd60e51b8152602060048201526012602482015271726c703a2075696e7420746f6f206c6f6e6760701b6044820152606490fd5b90610d358261030e565b610d4260405191826102db565b8281528092610d53601f199161030e565b0190602036910137565b610d66816116ad565b610d8757610d7390611742565b610d7f81939293610d2b565b92602084015e565b60405162461bcd60e51b8152602060048201526011602482015270726c703a206e6f74206120737472696e6760781b6044820152606490fd5b600181901b91906001600160ff1b03811603610aa457565b90815115610eb75760ff610dfd610df46108236108158661042c565b60041c600f1690565b1660018114908115610eac575b5015610ea35760ff60015b16610e31610e2c82610e278651610dc0565b610aee565b610d2b565b92815b610e3e8251610dc0565b811015610e9e57600190610e5a61082361081583851c86610526565b60018216610e965760041c600f165b610e8f610e768684610aee565b60f89290921b6001600160f81b0319165f1a9188610526565b5301610e34565b600f16610e69565b505050565b60ff6002610e15565b60039150145f610e0a565b60609150565b908160a09103126100e05780519160208201519160408101519160806060830151920151610eea816100e4565b90565b15610ef457565b60405162461bcd60e51b81526020600482015260126024820152711d5b9adb9bdddb8818da1958dadc1bda5b9d60721b6044820152606490fd5b15610f3557565b60405162461bcd60e51b815260206004820152601760248201527f626c6f636b206e6f7420696e20636865636b706f696e740000000000000000006044820152606490fd5b15610f8157565b60405162461bcd60e51b815260206004820152600c60248201526b0e0e4dedecc40d8cadccee8d60a31b6044820152606490fd5b15610fbc57565b60405162461bcd60e51b815260206004820152600d60248201526c696e64657820746f6f2062696760981b6044820152606490fd5b611023919260a061100461071a8461042c565b604051809581926320a9cea560e11b8352600483019190602083019252565b0381600180851b037f0000000000000000000000000000000000000000000000000000000000000000165afa9283156109b6575f935f915f916111ba575b509061108961110192611075871515610eed565b8288101590816111af575b50949394610f2e565b6110ec6107338761109c61071a8761041c565b6110e36110ab61071a89610449565b9161076f6110bb61071a8b61040c565b6040519485936020850197889290916080949284526020840152604083015260608201520190565b51902094610439565b95610e276110fb8851601f1690565b15610f7a565b9061111a6001611112875160051c90565b1b8310610fb5565b916020925b8551841161119f5761116a611170918588015161113c8660011690565b6111775760408051602081019384529081019190915261115f816060810161076f565b5190205b9360011c90565b93610a96565b929161111f565b60408051602081019283529081019290925290611197816060810161076f565b519020611163565b9150935061030c92915014610f2e565b90508711155f611080565b611089955061110192506111e6915060a03d60a0116111f2575b6111de81836102db565b810190610ebd565b50509195909250611061565b503d6111d4565b60208151910151906020811061120d575090565b5f199060200360031b1b1690565b93916106f061122c91949294610a0c565b9061123684610dd8565b9384511590811561153d575b81156114fb575b506114f2575f948594915b83518710156112f25761127761126a888661046a565b5160208151910151902090565b036114e857611289610836878561046a565b6112938451610ae0565b87148151601181145f146113315750835187146112fd57506107336112cb916112c5610cdd6108236108158b89610526565b9061046a565b60208151036112f2576112e86112e26001926111f9565b96610ad2565b965b019594611254565b505050509150505f90565b95509250929450508261130f57505090565b61131e91925061073390610459565b6020815191012090602081519101201490565b95979296959394936002036114dd5761134c6107338361042c565b908151156114d157611366610df46108236108158561042c565b9160ff831692600384119081156114a5575b506114985761138690610dd8565b948551611394898951610aee565b10611498575f5b86518110156113ff57886113d86113cb6108156113c5856113bf610815828f610526565b95610ac5565b8c610526565b6001600160f81b03191690565b6001600160f81b0319909116036113f15760010161139b565b505050505050505050505f90565b5095949190989661141590989498835190610ac5565b9885518a14611460575060021190811591611456575b506112f25761073361143c91610439565b60208151036112f2576114506001916111f9565b956112ea565b905051155f61142b565b9750929597505092506002915010159283611490575b508261148157505090565b61131e91925061073390610439565b92505f611476565b5050505050505050505f90565b600116159050806114b7575b5f611378565b50600f6114c96108236108158461042c565b1615156114b1565b50505050505050505f90565b505050505050505f90565b5050509150505f90565b50509150505f90565b905060ff611511610df46108236108158561042c565b16159081611521575b505f611249565b600f91506108236108156115349261042c565b1615155f61151a565b9050600160ff611555610df46108236108158661042c565b161190611242565b1561156457565b60405162461bcd60e51b815260206004820152600e60248201526d1c9b1c0e881d1c9d5b98d85d195960921b6044820152606490fd5b60ff60f6199116019060ff8211610aa457565b60ff60bf199116019060ff8211610aa457565b60ff60b6199116019060ff8211610aa457565b60ff607f199116019060ff8211610aa457565b60ff166001019060ff8211610aa457565b91909161160583151561155d565b80515f1a608081101561162357505061030c6001925b83111561155d565b61030c9160b882101561164b5750610cdd611640611645926115e6565b6115d3565b9261161b565b60c082101561167d57610c57611666610cdd611645946115c0565b61167861167282610aa9565b93610ab7565b6117f0565b60f882101561169b5750610cdd611696611645926115e6565b6115ad565b610c57611666610cdd6116459461159a565b6020810151151590816116be575090565b60c0915051515f1a101590565b156116d257565b60405162461bcd60e51b815260206004820152600a602482015269726c703a20656d70747960b01b6044820152606490fd5b1561170b57565b60405162461bcd60e51b815260206004820152600f60248201526e3936381d103130b2103432b0b232b960891b6044820152606490fd5b60208101611752815115156116cb565b8151515f1a80608081101561176b575050505190600190565b908160b8610eea94969593105f146117a157505061179a600180925b6117948751831115611704565b51610ac5565b9351610aee565b60c08110156117c957506117c2610cdd6117bd61179a936115c0565b6115e6565b8092611787565b60f811156117de575061179a60018092611787565b6117c2610cdd6117bd61179a9361159a565b5f92916008811161183557905f915b80831061180b57505050565b90919360081b84830190818411610aa45761182b610cdd600193515f1a90565b17940191906117ff565b60405162461bcd60e51b8152602060048201526014602482015273726c703a206c656e67746820746f6f206c6f6e6760601b6044820152606490fd",
}

// ExitManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use ExitManagerMetaData.ABI instead.
var ExitManagerABI = ExitManagerMetaData.ABI

// ExitManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ExitManagerMetaData.Bin instead.
var ExitManagerBin = ExitManagerMetaData.Bin

// DeployExitManager deploys a new Ethereum contract, binding an instance of ExitManager to it.
func DeployExitManager(auth *bind.TransactOpts, backend bind.ContractBackend, _checkpoints common.Address) (common.Address, *types.Transaction, *ExitManager, error) {
	parsed, err := ExitManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ExitManagerBin), backend, _checkpoints)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ExitManager{ExitManagerCaller: ExitManagerCaller{contract: contract}, ExitManagerTransactor: ExitManagerTransactor{contract: contract}, ExitManagerFilterer: ExitManagerFilterer{contract: contract}}, nil
}

// ExitManager is an auto generated Go binding around an Ethereum contract.
type ExitManager struct {
	ExitManagerCaller     // Read-only binding to the contract
	ExitManagerTransactor // Write-only binding to the contract
	ExitManagerFilterer   // Log filterer for contract events
}

// ExitManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type ExitManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ExitManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ExitManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ExitManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ExitManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ExitManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ExitManagerSession struct {
	Contract     *ExitManager      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ExitManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ExitManagerCallerSession struct {
	Contract *ExitManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// ExitManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ExitManagerTransactorSession struct {
	Contract     *ExitManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// ExitManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type ExitManagerRaw struct {
	Contract *ExitManager // Generic contract binding to access the raw methods on
}

// ExitManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ExitManagerCallerRaw struct {
	Contract *ExitManagerCaller // Generic read-only contract binding to access the raw methods on
}

// ExitManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ExitManagerTransactorRaw struct {
	Contract *ExitManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewExitManager creates a new instance of ExitManager, bound to a specific deployed contract.
func NewExitManager(address common.Address, backend bind.ContractBackend) (*ExitManager, error) {
	contract, err := bindExitManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ExitManager{ExitManagerCaller: ExitManagerCaller{contract: contract}, ExitManagerTransactor: ExitManagerTransactor{contract: contract}, ExitManagerFilterer: ExitManagerFilterer{contract: contract}}, nil
}

// NewExitManagerCaller creates a new read-only instance of ExitManager, bound to a specific deployed contract.
func NewExitManagerCaller(address common.Address, caller bind.ContractCaller) (*ExitManagerCaller, error) {
	contract, err := bindExitManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ExitManagerCaller{contract: contract}, nil
}

// NewExitManagerTransactor creates a new write-only instance of ExitManager, bound to a specific deployed contract.
func NewExitManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*ExitManagerTransactor, error) {
	contract, err := bindExitManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ExitManagerTransactor{contract: contract}, nil
}

// NewExitManagerFilterer creates a new log filterer instance of ExitManager, bound to a specific deployed contract.
func NewExitManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*ExitManagerFilterer, error) {
	contract, err := bindExitManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ExitManagerFilterer{contract: contract}, nil
}

// bindExitManager binds a generic wrapper to an already deployed contract.
func bindExitManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ExitManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ExitManager *ExitManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ExitManager.Contract.ExitManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ExitManager *ExitManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ExitManager.Contract.ExitManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ExitManager *ExitManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ExitManager.Contract.ExitManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ExitManager *ExitManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ExitManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ExitManager *ExitManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ExitManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ExitManager *ExitManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ExitManager.Contract.contract.Transact(opts, method, params...)
}

// WITHDRAWEVENTSIG is a free data retrieval call binding the contract method 0x9d6fa31f.
//
// Solidity: function WITHDRAW_EVENT_SIG() view returns(bytes32)
func (_ExitManager *ExitManagerCaller) WITHDRAWEVENTSIG(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ExitManager.contract.Call(opts, &out, "WITHDRAW_EVENT_SIG")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// WITHDRAWEVENTSIG is a free data retrieval call binding the contract method 0x9d6fa31f.
//
// Solidity: function WITHDRAW_EVENT_SIG() view returns(bytes32)
func (_ExitManager *ExitManagerSession) WITHDRAWEVENTSIG() ([32]byte, error) {
	return _ExitManager.Contract.WITHDRAWEVENTSIG(&_ExitManager.CallOpts)
}

// WITHDRAWEVENTSIG is a free data retrieval call binding the contract method 0x9d6fa31f.
//
// Solidity: function WITHDRAW_EVENT_SIG() view returns(bytes32)
func (_ExitManager *ExitManagerCallerSession) WITHDRAWEVENTSIG() ([32]byte, error) {
	return _ExitManager.Contract.WITHDRAWEVENTSIG(&_ExitManager.CallOpts)
}

// Checkpoints is a free data retrieval call binding the contract method 0x5a48c0b0.
//
// Solidity: function checkpoints() view returns(address)
func (_ExitManager *ExitManagerCaller) Checkpoints(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ExitManager.contract.Call(opts, &out, "checkpoints")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Checkpoints is a free data retrieval call binding the contract method 0x5a48c0b0.
//
// Solidity: function checkpoints() view returns(address)
func (_ExitManager *ExitManagerSession) Checkpoints() (common.Address, error) {
	return _ExitManager.Contract.Checkpoints(&_ExitManager.CallOpts)
}

// Checkpoints is a free data retrieval call binding the contract method 0x5a48c0b0.
//
// Solidity: function checkpoints() view returns(address)
func (_ExitManager *ExitManagerCallerSession) Checkpoints() (common.Address, error) {
	return _ExitManager.Contract.Checkpoints(&_ExitManager.CallOpts)
}

// ChildToRoot is a free data retrieval call binding the contract method 0xeefc1e65.
//
// Solidity: function childToRoot(address ) view returns(address)
func (_ExitManager *ExitManagerCaller) ChildToRoot(opts *bind.CallOpts, arg0 common.Address) (common.Address, error) {
	var out []interface{}
	err := _ExitManager.contract.Call(opts, &out, "childToRoot", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ChildToRoot is a free data retrieval call binding the contract method 0xeefc1e65.
//
// Solidity: function childToRoot(address ) view returns(address)
func (_ExitManager *ExitManagerSession) ChildToRoot(arg0 common.Address) (common.Address, error) {
	return _ExitManager.Contract.ChildToRoot(&_ExitManager.CallOpts, arg0)
}

// ChildToRoot is a free data retrieval call binding the contract method 0xeefc1e65.
//
// Solidity: function childToRoot(address ) view returns(address)
func (_ExitManager *ExitManagerCallerSession) ChildToRoot(arg0 common.Address) (common.Address, error) {
	return _ExitManager.Contract.ChildToRoot(&_ExitManager.CallOpts, arg0)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ExitManager *ExitManagerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ExitManager.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ExitManager *ExitManagerSession) Owner() (common.Address, error) {
	return _ExitManager.Contract.Owner(&_ExitManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ExitManager *ExitManagerCallerSession) Owner() (common.Address, error) {
	return _ExitManager.Contract.Owner(&_ExitManager.CallOpts)
}

// ProcessedExits is a free data retrieval call binding the contract method 0x607f2d42.
//
// Solidity: function processedExits(bytes32 ) view returns(bool)
func (_ExitManager *ExitManagerCaller) ProcessedExits(opts *bind.CallOpts, arg0 [32]byte) (bool, error) {
	var out []interface{}
	err := _ExitManager.contract.Call(opts, &out, "processedExits", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// ProcessedExits is a free data retrieval call binding the contract method 0x607f2d42.
//
// Solidity: function processedExits(bytes32 ) view returns(bool)
func (_ExitManager *ExitManagerSession) ProcessedExits(arg0 [32]byte) (bool, error) {
	return _ExitManager.Contract.ProcessedExits(&_ExitManager.CallOpts, arg0)
}

// ProcessedExits is a free data retrieval call binding the contract method 0x607f2d42.
//
// Solidity: function processedExits(bytes32 ) view returns(bool)
func (_ExitManager *ExitManagerCallerSession) ProcessedExits(arg0 [32]byte) (bool, error) {
	return _ExitManager.Contract.ProcessedExits(&_ExitManager.CallOpts, arg0)
}

// Exit is a paid mutator transaction binding the contract method 0x3805550f.
//
// Solidity: function exit(bytes input) returns()
func (_ExitManager *ExitManagerTransactor) Exit(opts *bind.TransactOpts, input []byte) (*types.Transaction, error) {
	return _ExitManager.contract.Transact(opts, "exit", input)
}

// Exit is a paid mutator transaction binding the contract method 0x3805550f.
//
// Solidity: function exit(bytes input) returns()
func (_ExitManager *ExitManagerSession) Exit(input []byte) (*types.Transaction, error) {
	return _ExitManager.Contract.Exit(&_ExitManager.TransactOpts, input)
}

// Exit is a paid mutator transaction binding the contract method 0x3805550f.
//
// Solidity: function exit(bytes input) returns()
func (_ExitManager *ExitManagerTransactorSession) Exit(input []byte) (*types.Transaction, error) {
	return _ExitManager.Contract.Exit(&_ExitManager.TransactOpts, input)
}

// MapToken is a paid mutator transaction binding the contract method 0x47400269.
//
// Solidity: function mapToken(address rootToken, address childToken) returns()
func (_ExitManager *ExitManagerTransactor) MapToken(opts *bind.TransactOpts, rootToken common.Address, childToken common.Address) (*types.Transaction, error) {
	return _ExitManager.contract.Transact(opts, "mapToken", rootToken, childToken)
}

// MapToken is a paid mutator transaction binding the contract method 0x47400269.
//
// Solidity: function mapToken(address rootToken, address childToken) returns()
func (_ExitManager *ExitManagerSession) MapToken(rootToken common.Address, childToken common.Address) (*types.Transaction, error) {
	return _ExitManager.Contract.MapToken(&_ExitManager.TransactOpts, rootToken, childToken)
}

// MapToken is a paid mutator transaction binding the contract method 0x47400269.
//
// Solidity: function mapToken(address rootToken, address childToken) returns()
func (_ExitManager *ExitManagerTransactorSession) MapToken(rootToken common.Address, childToken common.Address) (*types.Transaction, error) {
	return _ExitManager.Contract.MapToken(&_ExitManager.TransactOpts, rootToken, childToken)
}

// ExitManagerExitedIterator is returned from FilterExited and is used to iterate over the raw logs and unpacked data for Exited events raised by the ExitManager contract.
type ExitManagerExitedIterator struct {
	Event *ExitManagerExited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ExitManagerExitedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ExitManagerExited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ExitManagerExited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ExitManagerExitedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ExitManagerExitedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ExitManagerExited represents a Exited event raised by the ExitManager contract.
type ExitManagerExited struct {
	ExitHash   [32]byte
	Withdrawer common.Address
	RootToken  common.Address
	Amount     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterExited is a free log retrieval operation binding the contract event 0xfc9be36f7b15632067d515fb09748bd236c4b1a292add5dfe70e5f5be491b512.
//
// Solidity: event Exited(bytes32 indexed exitHash, address indexed withdrawer, address indexed rootToken, uint256 amount)
func (_ExitManager *ExitManagerFilterer) FilterExited(opts *bind.FilterOpts, exitHash [][32]byte, withdrawer []common.Address, rootToken []common.Address) (*ExitManagerExitedIterator, error) {

	var exitHashRule []interface{}
	for _, exitHashItem := range exitHash {
		exitHashRule = append(exitHashRule, exitHashItem)
	}
	var withdrawerRule []interface{}
	for _, withdrawerItem := range withdrawer {
		withdrawerRule = append(withdrawerRule, withdrawerItem)
	}
	var rootTokenRule []interface{}
	for _, rootTokenItem := range rootToken {
		rootTokenRule = append(rootTokenRule, rootTokenItem)
	}

	logs, sub, err := _ExitManager.contract.FilterLogs(opts, "Exited", exitHashRule, withdrawerRule, rootTokenRule)
	if err != nil {
		return nil, err
	}
	return &ExitManagerExitedIterator{contract: _ExitManager.contract, event: "Exited", logs: logs, sub: sub}, nil
}

// WatchExited is a free log subscription operation binding the contract event 0xfc9be36f7b15632067d515fb09748bd236c4b1a292add5dfe70e5f5be491b512.
//
// Solidity: event Exited(bytes32 indexed exitHash, address indexed withdrawer, address indexed rootToken, uint256 amount)
func (_ExitManager *ExitManagerFilterer) WatchExited(opts *bind.WatchOpts, sink chan<- *ExitManagerExited, exitHash [][32]byte, withdrawer []common.Address, rootToken []common.Address) (event.Subscription, error) {

	var exitHashRule []interface{}
	for _, exitHashItem := range exitHash {
		exitHashRule = append(exitHashRule, exitHashItem)
	}
	var withdrawerRule []interface{}
	for _, withdrawerItem := range withdrawer {
		withdrawerRule = append(withdrawerRule, withdrawerItem)
	}
	var rootTokenRule []interface{}
	for _, rootTokenItem := range rootToken {
		rootTokenRule = append(rootTokenRule, rootTokenItem)
	}

	logs, sub, err := _ExitManager.contract.WatchLogs(opts, "Exited", exitHashRule, withdrawerRule, rootTokenRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ExitManagerExited)
				if err := _ExitManager.contract.UnpackLog(event, "Exited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExited is a log parse operation binding the contract event 0xfc9be36f7b15632067d515fb09748bd236c4b1a292add5dfe70e5f5be491b512.
//
// Solidity: event Exited(bytes32 indexed exitHash, address indexed withdrawer, address indexed rootToken, uint256 amount)
func (_ExitManager *ExitManagerFilterer) ParseExited(log types.Log) (*ExitManagerExited, error) {
	event := new(ExitManagerExited)
	if err := _ExitManager.contract.UnpackLog(event, "Exited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
